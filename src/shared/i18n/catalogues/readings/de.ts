import type { Catalogue } from '../../catalogue';

/**
 * Die Sätze unter den Einblicken. Sie beschreiben euch beide gemeinsam, mit „ihr“, und stellen nie eine oder einen
 * von euch über den anderen. Ein Gespräch ist ein Check-in (so heißt der Bereich auf Deutsch).
 */
const readings: Catalogue['readings'] = {
  ratingsEmpty: 'Die Zahlen, mit denen ihr sagt, wie verbunden ihr euch fühlt, erscheinen hier – Gespräch für Gespräch.',
  ratingsOne: 'Bisher ein Gespräch mit einer Zahl, im Schnitt {{average}}.',
  ratingsSteady: 'Eure Zahlen liegen seit {{since}} beständig um {{value}}.',
  ratingsRose: 'Eure Zahlen sind seit {{since}} von {{first}} auf {{last}} gestiegen.',
  ratingsMoved:
    'Eure Zahlen haben sich seit {{since}} von {{first}} auf {{last}} verändert; euer nächstes Gespräch ist ein behutsamer Ort, um darüber zu sprechen, was euch helfen würde.',

  regularityEmpty: 'Eure Gespräche erscheinen hier Monat für Monat, sobald ihr das erste geführt habt.',
  regularityNone: 'In dieser Zeit noch keine Gespräche. Wann immer ihr so weit seid, ist das nächste ein neuer Anfang.',
  regularityDone_one: '{{count}} Gespräch seit {{since}}.',
  regularityDone_other: '{{count}} Gespräche seit {{since}}.',
  regularityAll_one: '{{count}} Gespräch seit {{since}}: genau so, wie ihr es geplant hattet.',
  regularityAll_other: '{{count}} Gespräche seit {{since}}: jedes, das ihr geplant hattet.',
  regularitySome_one: '{{count}} Gespräch seit {{since}}, von {{planned}} geplanten. Jedes einzelne zählt.',
  regularitySome_other: '{{count}} Gespräche seit {{since}}, von {{planned}} geplanten. Jedes einzelne zählt.',

  appreciationsEmpty: 'Die Wertschätzung, die ihr einander schenkt, sammelt sich hier, Monat für Monat.',
  appreciations_one: 'Seit {{since}} habt ihr einander {{count}} Wertschätzung geschenkt.',
  appreciations_other: 'Seit {{since}} habt ihr einander {{count}} Wertschätzungen geschenkt.',

  timelineEmpty: 'Die Momente, die ihr eurer Zeitleiste hinzufügt, werden hier Monat für Monat gezählt.',
  timeline_one: '{{count}} Moment seit {{since}}: {{parts}}.',
  timeline_other: '{{count}} Momente seit {{since}}: {{parts}}.',
  timelineGood_one: '{{count}} schöner',
  timelineGood_other: '{{count}} schöne',
  timelineHard_one: '{{count}} schwerer',
  timelineHard_other: '{{count}} schwere',
  timelineBetween: '{{between}} dazwischen',

  repairEmpty: 'Wenn ihr einen schweren Moment mit der Versöhnung verknüpft, die darauf folgte, seht ihr hier, wie lange ihr gebraucht habt, um wieder zueinanderzufinden.',
  repairSameDay: 'Nach einem schweren Moment habt ihr meist noch am selben Tag wieder zueinandergefunden ({{linked}}).',
  repairWithin_one: 'Nach einem schweren Moment habt ihr meist innerhalb von {{days}} Tag wieder zueinandergefunden ({{linked}}).',
  repairWithin_other: 'Nach einem schweren Moment habt ihr meist innerhalb von {{days}} Tagen wieder zueinandergefunden ({{linked}}).',
  repairLinked_one: '{{count}} schwerer Moment verknüpft',
  repairLinked_other: '{{count}} schwere Momente verknüpft',

  loveLanguagesEmpty: 'Haltet die kleinen Dinge fest, die ihr in der Sprache der Liebe des anderen tut, dann sammeln sie sich hier.',
  loveLanguages_one: 'Ihr habt {{count}} liebevolle Geste festgehalten; am häufigsten: {{languages}}.',
  loveLanguages_other: 'Ihr habt {{count}} liebevolle Gesten festgehalten; am häufigsten: {{languages}}.',

  patternsEmpty: 'Wenn ihr eine Konflikt-Reflexion schreibt oder beide „Nach einem schweren Moment“ abschließt, sammelt sich hier, was ihr darin bemerkt.',
  patternsNothingNamed_one: '{{count}} Reflexion seit {{since}}, bisher ohne angekreuztes Muster, Gefühl oder Bedürfnis – und auch das ist in Ordnung.',
  patternsNothingNamed_other: '{{count}} Reflexionen seit {{since}}, bisher ohne angekreuztes Muster, Gefühl oder Bedürfnis – und auch das ist in Ordnung.',
  patternsCounted_one: 'Gezählt aus {{count}} Reflexion seit {{since}}, jede Reflexion einmal: was ihr bemerkt habt, um gemeinsam darüber zu sprechen.',
  patternsCounted_other: 'Gezählt aus {{count}} Reflexionen seit {{since}}, jede Reflexion einmal: was ihr bemerkt habt, um gemeinsam darüber zu sprechen.',
};

export default readings;
