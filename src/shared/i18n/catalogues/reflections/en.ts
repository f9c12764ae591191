/**
 * The Reflections section's list and reading screens (src/renderer/src/reflections/): the list and its filters, the
 * chooser, the unsaved words offered again, beginning an aftermath, one reflection as it reads, and the notices the
 * writing screens share. The steps of writing one, and the words of the kinds, statuses, feelings and patterns, are
 * the group `reflectionSteps`.
 */
const reflections = {
  // The list (ReflectionList)
  title: 'Reflections',
  newReflection: 'New reflection',
  dismiss: 'Dismiss',
  firstVisitIntro:
    'Reflections are a quiet place for each of you to think something through, in your own words and at your own pace. There are three kinds:',
  /** After a kind's name on the first visit: who writes it, as it reads mid-sentence. */
  typeWho: '— {{who}}.',
  startReflection: 'Start a reflection',
  filterLabel: 'Filter reflections',
  filterKind: 'Kind',
  filterAllKinds: 'All kinds',
  filterWrittenBy: 'Written by',
  filterEither: 'Either of you',
  filterStatus: 'Status',
  filterAnyStatus: 'Any status',
  filterFrom: 'Worked on from',
  filterTo: 'to',
  clearFilters: 'Clear filters',
  filterProblem: 'The first day comes after the last one.',
  noMatch: 'No reflections match these filters.',
  listLabel: 'Reflections',
  /** A reflection in the list: its kind, then who wrote it (names). */
  cardKind: '{{kind}} · {{author}}',
  cardBegun: 'Begun {{day}}',
  cardResolved: 'resolved {{day}}',
  cardComplete: 'complete {{day}}',
  cardChanged: 'last changed {{day}}',
  /** Two parts of a reflection's line in the list, one after the other. */
  cardJoin: '{{first}} · {{then}}',
  bothSidesDone: 'Both sides done',
  oneSideDone: '{{name}}’s side done',
  noSideDone: 'No side done yet',
  showMore: 'Show more',
  safetyLead: 'These exercises are for two people who feel safe with each other.',
  safetyLink: "If you don't feel safe at home, read this",
  deleted: '“{{title}}” was deleted.',
  deletedUntitled: 'The reflection was deleted.',

  // Unsaved words offered again (ReflectionDrafts)
  draftsLabel: 'Unsaved words',
  draftsConfirm: 'Discard these words?',
  draftsKeep: 'Keep them',
  draftOffer: 'Unsaved words from {{when}}, in “{{title}}”',
  draftOfferUntitled: 'Unsaved words from {{when}}, in a reflection',
  draftOfferSide: 'Unsaved words from {{when}}, in {{name}}’s side of “{{title}}”',
  draftOfferSideUntitled: 'Unsaved words from {{when}}, in {{name}}’s side of a reflection',

  // Choosing a kind (Chooser)
  back: 'Reflections',
  chooserIntro: 'Which kind would help right now? Each one goes a step at a time, and you can stop and come back whenever you like.',
  chooserLabel: 'Kinds of reflection',

  // Beginning an aftermath (BeginAftermath)
  beginTitle: 'Before you begin',
  beginIntro:
    'This is for after a fight or a moment you both regret, once you both feel calm again. Each of you writes your own side in five short steps: how you felt, how it was for each of you, what it touched, your part in it, and next time.',
  beginBothReal: 'Both of your experiences are real. The aim is to understand each other, not to decide who was right.',
  beginTogether:
    'Sitting together? Whoever speaks first can show the other how it was for them, in step 2, so the other can say back what they heard before writing their own.',
  beginTitleLabel: 'Title',
  beginTitleHint: 'A few words you will both recognise, like “The car park”.',
  beginTitleMissing: 'Give it a short title, so you can both find it again.',
  beginTitleTooLong_one: 'A title can be at most {{count}} character.',
  beginTitleTooLong_other: 'A title can be at most {{count}} characters.',
  begin: 'Begin',

  // One reflection (ReflectionView)
  opening: 'Opening…',
  forgivingMyself: 'Forgiving myself',
  writtenBy: 'Written by {{names}}',
  by: 'By {{names}}',
  begun: 'Begun',
  begunAtCheckIn: 'Begun at a check-in',
  completed: 'Completed',
  resolved: 'Resolved',
  sideOf: '{{name}}’s side',
  lastSaved: '· last saved',
  about: 'About:',
  change: 'Change',
  unlink: 'Unlink',
  noMoment: 'no moment on the timeline yet',
  linkMoment: 'Link the hard moment',
  linkMomentIntro: 'The moment on your timeline this reflection is about. The link shows on both.',
  repairedBy: 'Repaired by:',
  markComplete: 'Mark complete',
  resolveLink: 'Resolved — link the repair',
  resolveLinkIntro: 'If you talked it through or made up, pick that moment from your timeline. You can also resolve it without a link.',
  resolveWithoutLink: 'Resolve without a link',
  reopen: 'Reopen',
  edit: 'Edit',
  print: 'Print',
  delete: 'Delete…',
  cannotComplete: 'It can be marked complete once both of you have finished your side.',
  forTherapy: 'Include in therapy export',
  forTherapyHint: 'Chosen reflections can be saved together from Export, to bring to a therapist or counsellor.',
  deleteTitle: 'Delete this reflection?',
  deleteWhat: '“{{title}}” and any unsaved words with it will be gone for good. This can\'t be undone.',
  deleteKeep: 'Keep it',
  deleteConfirm: 'Delete for good',

  // A conflict reflection, read (ConflictRead)
  conflictEmpty: 'Nothing written yet. Every step can be filled in whenever you are ready.',
  softStartup: 'My softened start-up',
  readObservation: 'What happened',
  readFeelings: 'What I felt',
  readNeeds: 'What I needed',
  readStory: 'The story I told myself',
  readStoryCheck: 'Looking at the story again',
  readBeliefThen: 'How strongly I believed it then',
  readStoryFor: 'What fits the story',
  readStoryAgainst: 'What does not fit it',
  readStoryKinder: 'A kinder way to tell it',
  readBeliefNow: 'How strongly I believe it now',
  beliefValue: '{{value}} out of 100',
  readMyPart: 'My part in it',
  readPatterns: 'Patterns I noticed',
  /** After a pattern's name: what it is, in a few words. */
  patternHint: '— {{hint}}',
  readBarriers: 'What got in the way',
  readRequest: 'My request',
  readCompromise: 'A compromise I could offer',

  // A forgiveness reflection, read (ForgivenessRead, CommitmentPrint)
  whereNow: 'Where I am now:',
  myCommitment: 'My commitment',
  printCommitment: 'Print my commitment',
  readHurtSelf: 'What I did, as I remember it',
  readHurt: 'The hurt, as I remember it',
  readOtherSideSelf: 'What I was feeling or needing then',
  readOtherSide: 'What I imagine they felt or needed',
  readAmends: 'What I can do to make it right',
  readForgivenTime: 'A time I was forgiven',
  readForgivingMeans: 'What forgiving would mean for me',
  readForgivingDoesNotMean: 'What it would not mean',
  readHoldOn: 'What helps me hold on to it',
  commitmentToForgive: 'My commitment to forgive',
  commitmentToForgiveMyself: 'My commitment to forgive myself',

  // An aftermath, read (AftermathRead, SideRead)
  aftermathWaiting:
    'Each of you writes your own side, when you both feel calm. Neither side is shown here until both are done — then you can read them next to each other.',
  sidesLabel: 'Sides',
  whoWriting: 'Who is writing now?',
  whoWritingHint: 'Only the side of the person writing opens. Take turns, or write at different times.',
  openSide: 'Open {{name}}’s side',
  startSide: 'Start {{name}}’s side',
  changeSide: 'Add to or change a side',
  readHowIFelt: 'How I felt',
  readMyReality: 'How it was for me',
  readHeard: 'What I heard of {{name}}’s side',
  readValidation: 'What makes sense to me in it',
  readTriggers: 'What it touched in me',
  readSetMeUp: 'What set me up',
  readRegret: 'What I regret',
  readApologise: 'What I apologise for',
  readApology: '{{name}}’s apology',
  acceptApology: 'I accept {{name}}’s apology.',
  stillNeedFirst: 'I still need something first.',
  /** Followed by what is still needed, on a line of its own. */
  stillNeedFirstWhat: 'I still need something first:',
  readPartnerCanDo: 'One thing {{name}} could do next time',
  readICanDo: 'One thing I can do next time',
  readNeedToMoveOn: 'What I need to move on',

  // While writing (Notices, shared by the writing screens)
  restored: 'These are your unsaved words from {{when}}.',
  startOver: 'Start over',
  savedElsewhere:
    'This was saved again somewhere else since you started, so your words were not saved over it. They are safe as a draft — choose which to carry on with.',
  showSaved: 'Show the saved version',
  keepMine: 'Keep my words',
  useSaved: 'Use the saved version',
};

export default reflections;
