/**
 * Insights' readings (src/core/insights/): the sentence under each chart and above the patterns, written by the core
 * so the Insights page and the therapy export read the same. They describe the two of you together and never rank
 * one partner over the other. `{{since}}` is a month ("January 2026"); numbers come already written out.
 */
const readings = {
  // How connected you feel: the ratings given at check-ins.
  ratingsEmpty: 'The numbers you choose for how connected you feel will appear here, check-in by check-in.',
  ratingsOne: 'One check-in with a number so far, averaging {{average}}.',
  ratingsSteady: 'Your ratings held steady around {{value}} since {{since}}.',
  ratingsRose: 'Your ratings rose from {{first}} to {{last}} since {{since}}.',
  ratingsMoved: 'Your ratings moved from {{first}} to {{last}} since {{since}}; your next check-in is a gentle place to talk about what would help.',

  // How regularly you check in.
  regularityEmpty: 'Your check-ins will show here, month by month, once you have done your first.',
  regularityNone: 'No check-ins yet in this time. Whenever you are ready, the next one is a fresh start.',
  regularityDone_one: '{{count}} check-in since {{since}}.',
  regularityDone_other: '{{count}} check-ins since {{since}}.',
  regularityAll_one: '{{count}} check-in since {{since}}: every one you planned.',
  regularityAll_other: '{{count}} check-ins since {{since}}: every one you planned.',
  regularitySome_one: '{{count}} check-in since {{since}}, of {{planned}} planned. Every one counts.',
  regularitySome_other: '{{count}} check-ins since {{since}}, of {{planned}} planned. Every one counts.',

  // Appreciations shared, together.
  appreciationsEmpty: 'The appreciations you share with each other will gather here, month by month.',
  appreciations_one: 'You shared {{count}} appreciation with each other since {{since}}.',
  appreciations_other: 'You shared {{count}} appreciations with each other since {{since}}.',

  // The moments on the timeline: "11 moments since December 2025: 7 good ones and 4 hard ones."
  timelineEmpty: 'The moments you add to your timeline will be counted here by month.',
  timeline_one: '{{count}} moment since {{since}}: {{parts}}.',
  timeline_other: '{{count}} moments since {{since}}: {{parts}}.',
  timelineGood_one: '{{count}} good one',
  timelineGood_other: '{{count}} good ones',
  timelineHard_one: '{{count}} hard one',
  timelineHard_other: '{{count}} hard ones',
  timelineBetween: '{{between}} in between',

  // Finding your way back after a hard moment.
  repairEmpty: 'When you link a hard moment to the repair that followed, you will see here how long finding your way back took.',
  repairSameDay: 'After a hard moment you usually found your way back the same day ({{linked}}).',
  repairWithin_one: 'After a hard moment you usually found your way back within {{days}} day ({{linked}}).',
  repairWithin_other: 'After a hard moment you usually found your way back within {{days}} days ({{linked}}).',
  /** In brackets after the repair reading. */
  repairLinked_one: '{{count}} hard moment linked',
  repairLinked_other: '{{count}} hard moments linked',

  // Love languages: what the two of you logged, whichever of you it was for. `{{languages}}` are loveLanguageInfo's *InSentence.
  loveLanguagesEmpty: 'Log the small things you do in each other’s love languages, and they will gather here.',
  loveLanguages_one: 'You logged {{count}} loving act; {{languages}} came up most.',
  loveLanguages_other: 'You logged {{count}} loving acts; {{languages}} came up most.',

  // Above the patterns noticed in reflections.
  patternsEmpty: 'When you write a conflict reflection, or both finish “After a hard moment”, what you notice in them will gather here.',
  patternsNothingNamed_one: '{{count}} reflection since {{since}}, with no pattern, feeling or need ticked yet, and that is fine too.',
  patternsNothingNamed_other: '{{count}} reflections since {{since}}, with no pattern, feeling or need ticked yet, and that is fine too.',
  patternsCounted_one: 'Counted from {{count}} reflection since {{since}}, each reflection once: what you noticed, to talk about together.',
  patternsCounted_other: 'Counted from {{count}} reflections since {{since}}, each reflection once: what you noticed, to talk about together.',
};

export default readings;
