/**
 * The therapy export's document (src/core/therapyExport): the PDF, the Markdown and the preview drawn from them, in
 * the words a therapist reads. Days come from `Words.day` ("4 March 2026"); the couple's own words are never here.
 */
const exportDocument = {
  title: 'Reflections to bring to therapy',
  privateNote: 'This document is private. It holds only what was chosen to share, exported from Hearth, an encrypted journal kept on our own computer.',
  contents: 'Contents',
  nothingChosen: 'Nothing was chosen for this export.',
  pageOf: 'Page {{page}} of {{total}}',
  noAnswer: 'No answer',

  // The title page and the bylines. Partners without their names: "Partner A", "Partner B".
  partnerA: 'Partner A',
  partnerB: 'Partner B',
  bothNames: '{{a}} and {{b}}',
  bothOfUs: 'Both of us',
  entriesBy: 'Entries by {{name}}',
  rangeBetween: 'From {{from}} to {{to}}',
  rangeFrom: 'From {{from}} onwards',
  rangeTo: 'Everything up to {{to}}',
  rangeAll: 'Everything in our journal',
  exportedOn: 'Exported on {{day}}',
  writtenBy: 'Written by {{author}}',
  answeredByBoth: 'Answered by {{a}} and {{b}}',
  answersOf: '{{name}}’s answers',

  // The save dialog (export-service.ts).
  fileName: 'Hearth notes {{day}}',
  saveProtectedPdf: 'Save the protected PDF',
  savePlainPdf: 'Save the PDF (not protected)',
  saveMarkdown: 'Save the Markdown file (not encrypted)',
  filterPdf: 'PDF document',
  filterMarkdown: 'Markdown',

  // The therapist's first page (overview.ts).
  overviewLabel: 'For the therapist',
  overviewTitle: 'About these pages',
  overviewHolds: 'What these pages hold',
  overviewMethods: 'The worksheets and the methods they follow',
  methodLine: '{{kinds}}: {{method}}',
  methodConflict:
    'Nonviolent Communication (observation, feelings, needs, request), with Gottman’s Four Horsemen to notice and the story checked as a thought record',
  methodAftermath: 'Gottman’s aftermath of a fight or regrettable incident, in five steps, each partner’s side beside the other’s',
  methodForgiveness: 'Worthington’s REACH model of forgiveness (recall, empathise, altruistic gift, commit, hold on)',
  methodCheckin: 'A weekly relationship check-in, in the spirit of Gottman’s State of the Union meeting',
  methodAppreciation: '“I appreciate you because…”: turns of specific appreciation, at least three each',
  methodJournal: 'Shared journaling: weekly prompts and daily reflections',
  methodTimeline: 'Moments from the couple’s own timeline: milestones, memories, hard moments and repairs',
  methodInsights: 'Patterns over time, as the app shows them to the couple',
  patternsHeading: 'Patterns in these pages',
  patternsNote: 'Counted from the reflections in these pages, each reflection once: what was noticed, to talk about together.',
  patternsHorsemen: 'The Four Horsemen noticed',
  patternsBarriers: 'What got in the way, as named',
  patternsFeelings: 'Feelings named',
  patternsNeeds: 'Needs named',
  inReflections_one: '{{word}} — in {{count}} reflection',
  inReflections_other: '{{word}} — in {{count}} reflections',
  ratingsTitle: 'How connected each felt, from 1 to 10, at each check-in',
  ratingsReading_one: '{{count}} check-in from {{from}} to {{to}}; a gap is a check-in answered without a rating.',
  ratingsReading_other: '{{count}} check-ins from {{from}} to {{to}}; a gap is a check-in answered without a rating.',
  ratingsAxis: 'connection',
  loveLanguagesHeading: 'Love languages',
  hearsLoveIn: 'Hears love most in',
  showsLoveBy: 'Shows love most by',
  twoLanguages: '{{first}} and {{second}}',
  notChosenYet: 'Not chosen yet',
  openPlansHeading: 'Plans and requests still open',
  openPlansField: 'From reflections not yet resolved',
  planAsked: '{{name}} asked (“{{title}}”): {{plan}}',
  planCommitted: '{{name}} committed (“{{title}}”): {{plan}}',
  planWillTry: '{{name}} will try (“{{title}}”): {{plan}}',
  planNeedsToMoveOn: '{{name}} needs, to move on (“{{title}}”): {{plan}}',

  // Reflections: their status and dates (kinds/reflection-common.ts).
  status: 'Status',
  when: 'When',
  statusAbout: 'about “{{title}}” ({{day}})',
  statusRepairedBy: 'repaired by “{{title}}” ({{day}})',
  begunOn: 'Begun {{day}}',
  completedOn: 'Completed {{day}}',
  resolvedOn: 'Resolved {{day}}',
  feelingStrength: '{{feeling}} ({{strength}})',
  strength1: 'a little',
  strength2: 'somewhat',
  strength3: 'moderately',
  strength4: 'strongly',
  strength5: 'very strongly',

  // A conflict reflection (kinds/conflict.ts).
  observation: 'Observation — what happened',
  feelings: 'Feelings',
  needs: 'Needs',
  story: 'The story I told myself',
  storyBeliefThen: 'How strongly I believed the story then',
  storyFor: 'What fits the story',
  storyAgainst: 'What does not fit it',
  storyKinder: 'A kinder way to tell it',
  storyBeliefNow: 'How strongly I believe the first story now',
  outOf100: '{{value}} out of 100',
  myPart: 'My part in it',
  patternsNoticed: 'Patterns I noticed, each with its antidote',
  withAntidote: '{{horseman}}. Antidote: {{antidote}}. {{how}}',
  gotInTheWay: 'What got in the way',
  softStartup: 'A gentle way to start (softened start-up)',
  request: 'Request',
  compromise: 'A compromise I could offer',

  // The aftermath of a hard moment (kinds/aftermath.ts): Gottman's five steps.
  step1: '1. Feelings',
  step2: '2. Each of our realities',
  step3: '3. Triggers',
  step4: '4. Responsibility',
  step5: '5. Plans',
  myReality: 'My reality',
  heardReality: 'What I heard of my partner’s reality',
  makesSense: 'What makes sense to me in it',
  triggers: 'What it touched in me',
  setMeUp: 'What set me up',
  regret: 'What I regret',
  apologise: 'What I apologise for',
  apology: 'The apology',
  acceptApology: 'I accept it.',
  stillNeed: 'I still need: {{what}}',
  partnerCanDo: 'One thing my partner can do next time',
  iCanDo: 'One thing I can do next time',
  needToMoveOn: 'What I need to move on',
  eachSide: 'Each side',
  sideFinished: '{{name}}’s side: finished',
  sideFinishedSaved: '{{name}}’s side: finished, last saved {{day}}',
  sideWritingSaved: '{{name}}’s side: still being written, last saved {{day}}',
  sideNotStarted: '{{name}}’s side: not started yet',
  stillBeingWritten: 'Still being written by {{names}}; the sides are shared here once both are finished.',

  // A forgiveness reflection (kinds/forgiveness.ts): REACH.
  checkBacks: 'Check-backs',
  checkBack: '{{day}} · {{decision}}',
  noNote: '(no note)',
  forgiving: 'Forgiving',
  myself: 'Myself',
  someoneElse: 'Someone else',
  whatIDid: 'What I did, as I remember it',
  theHurt: 'The hurt, as I remember it',
  feelingThen: 'What I was feeling or needing then',
  theirSide: 'Their side, as I imagine it',
  amends: 'What I can do to make it right',
  forgivenTime: 'A time I was forgiven (the altruistic gift)',
  forgivingMeans: 'What forgiving would mean',
  forgivingDoesNotMean: 'What forgiving does not mean',
  decision: 'Decision — where I am now',
  notDecided: 'Not decided yet',
  commitment: 'My commitment',
  commitmentOn: 'My commitment, {{day}}',
  holdOn: 'What helps me hold on to it',
  hardToMovePast: 'Marked as hard to move past.',

  // A check-in (kinds/checkin.ts).
  checkinTitle: 'Check-in of {{day}}',
  checkinTogether:
    'Done together at the screen: one question at a time, each answered aloud while the other listened and said back what they heard. What follows are the notes each chose to keep.',
  checkinApart: 'Done each on their own: each answered alone, and they read each other’s answers once both had finished.',
  checkinRating: 'How connected I feel, from 1 to 10',
  sinceLastTime: 'Since last time: the plans and how they went',
  followAsked: '{{name}} asked (“{{title}}”): {{plan}}',
  followWouldTry: '{{name}} would try (“{{title}}”): {{plan}}',
  followCommitted: '{{name}} committed (“{{title}}”): {{plan}}',
  followWent: '{{plan}} — {{went}}',
  outcomeWithNote: '{{outcome}}: {{note}}',
  outcomeAlone: '{{outcome}}.',
  notTalkedAbout: 'not talked about.',
  begunFromCheckin: 'Reflections begun from this check-in',

  // Appreciations, the journal and the timeline.
  appreciationsCount_one: '{{count}} appreciation',
  appreciationsCount_other: '{{count}} appreciations',
  appreciatesBecause: '{{from}} appreciates {{to}} because…',
  dailyReflection: 'Daily reflection',
  prompt: 'Prompt',
  kindOfEntry: 'Kind of entry',
  entry: 'Entry',
  kindOfMoment: 'What kind of moment',
  kindAndFeeling: '{{kind}} · felt {{valence}}',
  span: '{{from}} to {{to}}',
  whatHappened: 'What happened',
  tags: 'Tags',

  // The Insights charts (kinds/insights.ts); their readings come from Insights.
  chartRatings: 'How connected we felt at each check-in',
  axisRating: 'Rating (1–10)',
  chartRegularity: 'Check-ins each month',
  seriesDone: 'Done',
  seriesPlanned: 'Planned',
  axisCheckins: 'Check-ins',
  chartAppreciations: 'Appreciations we shared each month',
  seriesSharedTogether: 'Shared together',
  axisAppreciations: 'Appreciations',
  chartTimeline: 'Moments on the timeline each month',
  seriesGood: 'Good',
  seriesNeutral: 'Neutral',
  seriesHard: 'Hard',
  axisMoments: 'Moments',
  chartRepair: 'Days from a hard moment to its repair',
  seriesDaysToRepair: 'Days to repair',
  axisDays: 'Days',
  chartLoveLanguages: 'Acts of love, by love language',
  seriesLoggedTogether: 'Logged together',
  axisActions: 'Actions',
};

/**
 * The few words for stored ids that the export prints and the screens do not say the same way
 * (src/core/therapyExport/vocabulary.ts reads them). Everything else the export prints for a stored id — feelings,
 * needs, the Four Horsemen and their antidotes, barriers, forgiveness decisions, reflection statuses, timeline kinds
 * and how a moment felt, the export's kinds as sections — is read from the screens' own groups (reflectionSteps,
 * timeline, therapyExport), so the document and the app cannot drift apart.
 */
export const exportVocabulary = {
  /**
   * A pattern's name alone, as the overview counts it ("criticism — in 2 reflections"): lower case in English, where
   * the screens' `reflectionSteps.horseman…` is a capitalised label.
   */
  'horsemanName-criticism': 'criticism',
  'horsemanName-contempt': 'contempt',
  'horsemanName-defensiveness': 'defensiveness',
  'horsemanName-stonewalling': 'stonewalling',
  /**
   * A barrier as the overview counts it ("expectations that were hard to meet — in 1 reflection"): lower case, where
   * the screens' `reflectionSteps.barrier…` is a capitalised label (German adds the article where a sentence needs it).
   */
  'barrierName-fear_of_vulnerability': 'being afraid to show how I really feel',
  'barrierName-communication_skills': 'not finding the words',
  'barrierName-past_wounds': 'old wounds that were touched',
  'barrierName-expectations': 'expectations that were hard to meet',
  'barrierName-time_and_effort': 'too little time or energy',
  'barrierName-communication_styles': 'different ways of talking about feelings',

  /**
   * The timeline's kind `other`, as the document names it: "Moment", where the timeline's filter says "Other" — a
   * therapist reads it as the kind of moment ("Moment · felt good"), with no list of other kinds beside it.
   */
  'timelineKind-other': 'Moment',

  /**
   * One entry of an export kind, as its heading names it (EXPORT_KIND_LABELS' `one`). The screens have only the
   * sections' names (`therapyExport.kind…`, the `many`), and the reflection kinds' names (`reflectionSteps.conflictLabel`,
   * `forgivenessLabel`), which the export reads; an aftermath's heading is "Aftermath of a hard moment", where the
   * writing screens say "After a hard moment".
   */
  'exportKind-timeline': 'Timeline moment',
  'exportKind-aftermath': 'Aftermath of a hard moment',
  'exportKind-checkin': 'Check-in',
  'exportKind-appreciation': 'Appreciations',
  'exportKind-journal': 'Journal entry',
  'exportKind-insights': 'Chart',
};

export default exportDocument;
