import { BARRIER_LABELS, DECISION_LABELS, HORSEMAN_ANTIDOTES, HORSEMAN_LABELS } from '../../../reflections';

/** "Criticism — a complaint that…": the pattern's name, then its kind explanation. */
const horseman = (label: string, part: 0 | 1): string => label.split(' — ')[part] ?? '';

/**
 * Writing a reflection, one step at a time (src/renderer/src/reflections/: the steps, the pickers, the help dialogs),
 * and the words of the kinds, statuses, feelings, needs, patterns, barriers and forgiveness decisions that the reading
 * screens show too (through reflections/words.ts, steps.ts, feelings.ts and barriers.ts).
 *
 * The patterns, their antidotes, the barriers and the decisions are also in src/shared/reflections.ts, where the
 * therapy export and the insights print them in English: their English here is taken from there, so the two cannot
 * drift. The feeling and need words are the values kept in the vault (src/shared/feelings.ts); in English they are
 * shown as they are.
 */
const reflectionSteps = {
  // Every writing screen (StepShell)
  opening: 'Opening…',
  saveAndClose: 'Save and close',
  draftKept: 'Draft kept {{when}}',
  stepOf: 'Step {{step}} of {{total}}',
  goToStep: 'Go to step',
  /** A step in the "Go to step" list. */
  stepOption: '{{step}}. {{title}}',
  progress: 'Progress',
  progressText: 'Step {{step}} of {{total}}: {{title}}',
  back: 'Back',
  next: 'Next',
  anyStepEmpty: 'Any step can be left empty and filled in later.',
  finish: 'Finish',

  // The kinds of reflection
  conflictLabel: 'Conflict reflection',
  conflictWho: 'One of you, about one moment',
  conflictWhy:
    'Slowing a hard moment down — what happened, what you felt and what you needed — helps you go back to your partner with a gentle start instead of a blame.',
  aftermathLabel: 'After a hard moment',
  aftermathWho: 'Both of you, each your own side',
  aftermathWhy:
    'Once you are both calm, each writes how it was for them. Reading both sides together helps you understand each other without deciding who was right.',
  forgivenessLabel: 'Forgiveness reflection',
  forgivenessWho: 'One of you, over days or weeks',
  forgivenessWhy:
    'Forgiving is something you do at your own pace, for yourself. Coming back to it now and then lets you notice how it changes.',

  // Where a reflection is, and an aftermath side
  statusDraft: 'In progress',
  statusComplete: 'Complete',
  statusResolved: 'Resolved',
  sideDone: 'Done',
  sideWriting: 'Still being written',
  sideEmpty: 'Not started yet',

  // The conflict reflection's steps
  conflictBeginTitle: 'Let’s begin',
  conflictBeginHelp: 'A few words to find it again later, like “Phones at dinner”. Every other step can be left empty.',
  conflictObservationTitle: 'What happened',
  conflictObservationHelp: 'Describe it the way a camera would have recorded it: what was said and done, without guessing at reasons.',
  conflictFeelingsTitle: 'What I felt',
  conflictFeelingsHelp: 'Choose as many as fit, and how strongly. Feelings are about what happened inside you; none of them is wrong.',
  conflictNeedsTitle: 'What I needed',
  conflictNeedsHelp: 'Needs are things everyone shares. Naming yours makes it easier to ask for them.',
  conflictStoryTitle: 'The story I told myself',
  conflictStoryHelp:
    'In the moment we all fill the gaps with a story about what the other person meant. Writing yours down lets you look at it again, gently.',
  conflictStoryCheckTitle: 'Looking at the story again',
  conflictStoryCheckHelp:
    'A story can feel true without being the whole truth. Check it the way a thought record does: how strongly you believe it, what fits and what does not, and a kinder way to tell it. Any part can be skipped.',
  conflictMyPartTitle: 'My part in it',
  conflictMyPartHelp: 'Not blame — just the part that was yours, however small. It is often the easiest place to start a repair.',
  conflictHorsemenTitle: 'Patterns I noticed',
  conflictHorsemenHelp:
    'Four patterns make hard conversations harder. Everyone slips into them sometimes, in either of you; noticing them is the first step.',
  conflictBarriersTitle: 'What got in the way',
  conflictBarriersHelp: 'Things that often stand between two people. Choose any that were there this time.',
  conflictSoftStartupTitle: 'A gentle way to start',
  conflictSoftStartupHelp:
    'A softened start-up names your feeling and your need, without blame. Here is one made from your answers — change it until it sounds like you.',
  conflictRequestTitle: 'A request',
  conflictRequestHelp: 'Something specific your partner could actually do, asked as a request rather than a demand.',
  conflictCompromiseTitle: 'A compromise I could offer',
  conflictCompromiseHelp: 'What could you offer, or meet halfway on?',

  // The forgiveness reflection's steps (REACH), toward someone else or toward myself
  forgivenessBeginTitle: 'Let’s begin',
  forgivenessBeginHelp: 'A few words to find it again later. You can come back to this reflection over days or weeks.',
  forgivenessHurtTitle: 'The hurt, as I remember it',
  forgivenessHurtHelp: 'Write it the way you remember it. It does not need to be fair or complete.',
  forgivenessHurtSelfTitle: 'What I did, as I remember it',
  forgivenessHurtSelfHelp:
    'Write what happened and the hurt it caused, plainly. Owning it is where forgiving yourself begins; it does not need to be harsh.',
  forgivenessOtherSideTitle: 'Their side, as I imagine it',
  forgivenessOtherSideHelp:
    'What might they have been feeling or needing at the time? This is not excusing it — only trying to see them as a whole person.',
  forgivenessOtherSideSelfTitle: 'Me, back then',
  forgivenessOtherSideSelfHelp:
    'What were you feeling or needing at the time? This is not excusing it — only seeing yourself as a whole person, the way you would see a friend.',
  forgivenessAmendsTitle: 'Making it right',
  forgivenessAmendsHelp: 'Is there something you can repair, say or do differently? Small and real is enough.',
  forgivenessGiftTitle: 'A time I was forgiven',
  forgivenessGiftHelp:
    'Remember a time you hurt someone and they forgave you. How did it feel to be let off that weight? Forgiveness can be a gift you give, the way it was once given to you.',
  forgivenessMeaningTitle: 'What forgiving would mean',
  forgivenessMeaningHelp:
    'Forgiving is not saying it was all right, and it is not forgetting. It is choosing to put down some of the weight you carry, when you are ready.',
  forgivenessDecisionTitle: 'Where I am now',
  forgivenessDecisionHelp: 'There is no right answer and no hurry. You can add how it feels again later.',
  forgivenessCommitTitle: 'Making it real',
  forgivenessCommitHelp:
    'When you are ready, write your commitment to forgive in a sentence or two, and give it a date. Printed and kept somewhere, it helps on the days the hurt comes back. Leave it for later if you are not there yet.',
  forgivenessHoldOnTitle: 'Holding on to it',
  forgivenessHoldOnHelp: 'When the hurt comes back, what helps? A reminder, a phrase, something you can do.',

  // The aftermath's five steps (Gottman)
  aftermathFeelingsTitle: 'How I felt',
  aftermathFeelingsHelp: 'Choose the feelings that were there for you, and how strongly. Just the feelings for now — no reasons yet.',
  aftermathRealitiesTitle: 'How it was for each of us',
  aftermathRealitiesHelp: 'There are two real experiences here, and both can be true at once.',
  aftermathTriggersTitle: 'What it touched in me',
  aftermathTriggersHelp:
    'A moment can grow bigger because it touches something older, from earlier in your relationship or long before it.',
  aftermathResponsibilityTitle: 'My part in it',
  aftermathResponsibilityHelp: 'What was yours to own, however small. Owning it is what makes an apology land.',
  aftermathPlansTitle: 'Next time',
  aftermathPlansHelp: 'Small, doable things. One each is plenty.',

  // Writing a conflict or forgiveness reflection (WriteSolo)
  savedVersion: 'The saved version',
  savedBy: 'Saved {{when}}, by {{name}}',
  title: 'Title',
  titleMissing: 'Give this reflection a short title, so you can find it again.',
  titleTooLong: 'A title can be at most {{max}} characters.',
  whoIsWriting: 'Who is writing?',
  ownReflection: 'This is your own reflection. You decide if and when to share it.',
  whomForgiving: 'Whom are you forgiving?',
  towardSomeone: 'Someone else',
  towardMyself: 'Myself',
  towardHint: 'The guide speaks of forgiving “both yourself and others”. The steps are the same; their questions change.',
  observationLabel: 'What happened',
  observationHint: 'For example: “When I told you about the interview, you looked at your phone.”',
  storyLabel: 'The story I told myself',
  storyHint: 'For example: “I told myself my day did not matter to you.”',
  storyBelief: 'How strongly I believed it then',
  storyFor: 'What fits the story',
  storyAgainst: 'What does not fit it',
  storyAgainstHint: 'Things you know that the story leaves out.',
  storyKinder: 'A kinder way to tell it',
  storyKinderHint: 'As a good friend who knows you both might tell it.',
  storyBeliefAfter: 'How strongly I believe the first story now',
  myPartLabel: 'My part in it',
  horsemenLegend: 'The patterns I noticed, in either of us',
  /** The button beside the criticism pattern's antidote: the step is `conflictSoftStartupTitle`. */
  goToSoftStartup: 'Go to “{{step}}”',
  barriersLegend: 'What got in the way',
  softStartupLabel: 'My softened start-up',
  softStartupOwn: 'In your own words now.',
  softStartupMade: 'Made from what happened, what you felt and what you needed. It changes as they do, until you edit it.',
  softStartupFromAnswers: 'Made from your answers:',
  useThisInstead: 'Use this instead',
  softStartupSoFar: 'Your gentle start-up so far',
  requestLabel: 'A specific, doable request',
  requestHint: 'For example: “Could we put our phones away during dinner?”',
  compromiseLabel: 'A compromise I could offer',
  hurtLabel: 'The hurt, as I remember it',
  hurtSelfLabel: 'What I did, and the hurt it caused',
  otherSideLabel: 'What I imagine they felt or needed',
  otherSideSelfLabel: 'What I was feeling or needing then',
  amendsLabel: 'What I can do to make it right, or do differently',
  forgivenTimeLabel: 'A time I was forgiven, and what it gave me',
  forgivenTimeHint: 'For example: “When I forgot Mum’s birthday she laughed and said she was glad I called at all. I felt lighter for days.”',
  forgivingMeansLabel: 'What forgiving would mean for me',
  forgivingNotLabel: 'What it would not mean',
  forgivingNotHint: 'For example: “It does not mean it was all right, and it does not mean I will forget.”',
  decisionLegend: 'Where I am with forgiving',
  decisionLater: "Later, you can note where you are again from the reflection's page, each time with its date.",
  commitmentLabel: 'My commitment',
  commitmentHint: 'For example: “Today I choose to forgive… for… I will not use it against them.”',
  commitmentSelfHint: 'For example: “I forgive myself for… I will carry what I learned, not the blame.”',
  commitmentDate: 'Its date',
  commitmentDateHint: 'Printed with it. Once saved, “Print my commitment” on the reflection’s page prints it alone, on one page.',
  holdOnLabel: 'What helps me hold on to it',

  // A suggested softened start-up, in a language other than English (English's is made by src/shared/reflections.ts)
  softFeel: 'I feel {{feelings}} about {{situation}}',
  softFeelWhatHappened: 'I feel {{feelings}} about what happened',
  softTalk: "I'd like to talk about {{situation}}",
  softTalkWhatHappened: "I'd like to talk about what happened",
  /** What happened, in the writer's own words, inside the sentence. */
  softSituation: '“{{observation}}”',
  softNeed: 'and I need {{needs}}',
  softUnderstand: 'and I would like us to understand each other',
  softSentence: '{{opening}}, {{closing}}.',

  // Writing one side of an aftermath (WriteSide, RealitiesStep)
  sideKicker: '{{name}}’s side · {{title}}',
  saveMySide: 'Save my side',
  mySideDone: 'My side is done',
  triggersLabel: 'Earlier experiences it touched',
  setMeUpLabel: 'What set me up for it',
  setMeUpHint: 'Tiredness, stress, something earlier that day.',
  regretLabel: 'What I regret',
  apologiseLabel: 'What I would like to apologise for',
  theirApology: '{{name}}’s apology',
  acceptApology: 'I accept {{name}}’s apology',
  stillNeedFirst: 'I still need something first',
  stillNeededLabel: 'What I still need',
  partnerCanDoLabel: 'One thing {{name}} could do next time',
  iCanDoLabel: 'One thing I can do next time',
  moveOnLabel: 'What I need to move on',
  readOnceBothDone: 'When your side is done, {{name}} will be able to read it once theirs is done too.',
  myRealityLabel: 'How it looked and felt from where I stood',
  showNow: 'Show this to {{name}} now',
  showNowHint:
    'If you are sitting together, {{name}} can read it in their own step 2 and say back what they heard. Nothing else of your side is shown, and you can untick this until you have both finished.',
  listenerSummaryLabel: 'What I heard of {{name}}’s side',
  listenerSummaryHint: 'After {{name}} has told you how it was for them: in your own words, what you heard.',
  validationLabel: 'What makes sense to me in it',
  validationHint: "You don't have to agree with all of it — name one part that makes sense.",
  shownTitle: 'How it was for {{name}}, in their words',
  shownNote: '{{name}} chose to show you this now. The rest of {{name}}’s side stays with them until you have both finished.',
  sayBack: 'Say back what you heard, out loud first',
  sayBackKeepGoing: 'Keep going until {{name}} feels heard. Then write it here, in your own words.',
  nowYours: 'Now how it was for you. You can show it to {{name}} the same way, so they can listen in turn.',

  // Feelings and how strongly (FeelingPicker)
  hardFeelings: 'Hard feelings',
  softerFeelings: 'Softer or good feelings',
  howStrongly: 'How strongly',
  strength1: 'a little',
  strength2: 'somewhat',
  strength3: 'quite',
  strength4: 'strongly',
  strength5: 'very strongly',
  /** A strength's button, read out: "hurt: 4 of 5, strongly". */
  strengthOf: '{{feeling}}: {{value}} of 5, {{strength}}',
  /** A feeling with how strongly it was felt, as the reading screens list them: "hurt (4 of 5)". */
  feltAt: '{{feeling}} ({{value}} of 5)',

  // Needs (NeedPicker)
  needGroupConnection: 'Connection',
  needGroupHonesty: 'Honesty',
  needGroupPeace: 'Peace',
  needGroupFreedom: 'Freedom',
  needGroupMeaning: 'Meaning',
  needOther: 'Something else I needed',
  needOtherHint: 'In your own words, if none of these fit — for example “to feel that my day mattered”.',

  // The feeling words (src/shared/feelings.ts), shown as they are in English
  feeling_calm: 'calm',
  feeling_content: 'content',
  feeling_grateful: 'grateful',
  feeling_hopeful: 'hopeful',
  feeling_relieved: 'relieved',
  feeling_tender: 'tender',
  feeling_close: 'close',
  feeling_warm: 'warm',
  feeling_joyful: 'joyful',
  feeling_peaceful: 'peaceful',
  feeling_safe: 'safe',
  feeling_curious: 'curious',
  feeling_proud: 'proud',
  feeling_playful: 'playful',
  feeling_touched: 'touched',
  feeling_confident: 'confident',
  feeling_relaxed: 'relaxed',
  feeling_rested: 'rested',
  feeling_excited: 'excited',
  feeling_encouraged: 'encouraged',
  feeling_hurt: 'hurt',
  feeling_sad: 'sad',
  feeling_lonely: 'lonely',
  feeling_anxious: 'anxious',
  feeling_worried: 'worried',
  feeling_scared: 'scared',
  feeling_frustrated: 'frustrated',
  feeling_angry: 'angry',
  feeling_irritated: 'irritated',
  feeling_disappointed: 'disappointed',
  feeling_discouraged: 'discouraged',
  feeling_overwhelmed: 'overwhelmed',
  feeling_tired: 'tired',
  feeling_tense: 'tense',
  feeling_embarrassed: 'embarrassed',
  feeling_ashamed: 'ashamed',
  feeling_confused: 'confused',
  feeling_helpless: 'helpless',
  feeling_jealous: 'jealous',
  feeling_heartbroken: 'heartbroken',
  feeling_restless: 'restless',
  feeling_torn: 'torn',

  // The need words (src/shared/feelings.ts), shown as they are in English
  need_closeness: 'closeness',
  need_understanding: 'understanding',
  need_acceptance: 'acceptance',
  need_appreciation: 'appreciation',
  need_affection: 'affection',
  need_warmth: 'warmth',
  need_support: 'support',
  need_reassurance: 'reassurance',
  need_companionship: 'companionship',
  need_consideration: 'consideration',
  need_respect: 'respect',
  need_kindness: 'kindness',
  need_honesty: 'honesty',
  need_openness: 'openness',
  need_clarity: 'clarity',
  need_trust: 'trust',
  need_calm: 'calm',
  need_ease: 'ease',
  need_rest: 'rest',
  need_safety: 'safety',
  need_steadiness: 'steadiness',
  need_space: 'space',
  need_choice: 'choice',
  need_independence: 'independence',
  need_fairness: 'fairness',
  need_partnership: 'partnership',
  need_contribution: 'contribution',
  need_growth: 'growth',
  need_hope: 'hope',
  need_play: 'play',
  need_joy: 'joy',

  // The Four Horsemen and what helps instead (Antidote)
  horsemanCriticism: horseman(HORSEMAN_LABELS.criticism, 0),
  horsemanCriticismHint: horseman(HORSEMAN_LABELS.criticism, 1),
  horsemanContempt: horseman(HORSEMAN_LABELS.contempt, 0),
  horsemanContemptHint: horseman(HORSEMAN_LABELS.contempt, 1),
  horsemanDefensiveness: horseman(HORSEMAN_LABELS.defensiveness, 0),
  horsemanDefensivenessHint: horseman(HORSEMAN_LABELS.defensiveness, 1),
  horsemanStonewalling: horseman(HORSEMAN_LABELS.stonewalling, 0),
  horsemanStonewallingHint: horseman(HORSEMAN_LABELS.stonewalling, 1),
  antidoteCriticism: HORSEMAN_ANTIDOTES.criticism.name,
  antidoteCriticismHow: HORSEMAN_ANTIDOTES.criticism.how,
  antidoteCriticismPractise: HORSEMAN_ANTIDOTES.criticism.practise,
  antidoteContempt: HORSEMAN_ANTIDOTES.contempt.name,
  antidoteContemptHow: HORSEMAN_ANTIDOTES.contempt.how,
  antidoteContemptPractise: HORSEMAN_ANTIDOTES.contempt.practise,
  antidoteDefensiveness: HORSEMAN_ANTIDOTES.defensiveness.name,
  antidoteDefensivenessHow: HORSEMAN_ANTIDOTES.defensiveness.how,
  antidoteDefensivenessPractise: HORSEMAN_ANTIDOTES.defensiveness.practise,
  antidoteStonewalling: HORSEMAN_ANTIDOTES.stonewalling.name,
  antidoteStonewallingHow: HORSEMAN_ANTIDOTES.stonewalling.how,
  antidoteStonewallingPractise: HORSEMAN_ANTIDOTES.stonewalling.practise,
  /** The antidote's name follows, as it reads mid-sentence (lower case in English). */
  antidoteTitle: 'What helps instead: {{name}}',
  tryInHearth: 'Try it in Hearth:',

  // The barriers, as ticked in a conflict reflection
  barrierFearOfVulnerability: BARRIER_LABELS.fear_of_vulnerability,
  barrierCommunicationSkills: BARRIER_LABELS.communication_skills,
  barrierPastWounds: BARRIER_LABELS.past_wounds,
  barrierExpectations: BARRIER_LABELS.expectations,
  barrierTimeAndEffort: BARRIER_LABELS.time_and_effort,
  barrierCommunicationStyles: BARRIER_LABELS.communication_styles,

  // What the barriers mean (BarriersHelp): the guide's own names for them, and one small thing to try
  barriersHelpOpen: 'What these mean, and one small thing to try for each',
  barriersHelpTitle: 'What can get in the way of closeness',
  barriersHelpIntro: 'Six things often stand between two people. Noticing one is not a failing — it is where things can start to change.',
  barriersHelpList: 'Barriers to closeness',
  tickedHere: 'Ticked here',
  smallThingToTry: 'One small thing to try:',
  inThisReflection: 'In this reflection: “{{label}}”',
  close: 'Close',
  guideFearOfVulnerability: 'Fear of vulnerability',
  guideFearOfVulnerabilityAbout:
    'Showing how you really feel can seem risky: you might be judged, turned away or hurt. A wall keeps those out, but it keeps out the closeness you want too.',
  guideFearOfVulnerabilityTry: 'Share one small, true feeling from today, and say that it is a little hard to say.',
  guideCommunicationSkills: 'Communication skills',
  guideCommunicationSkillsAbout:
    'Closeness needs words that say what you mean, listening that takes in what your partner means, and noticing what a face, a tone or a silence is saying. These are skills, and anyone can practise them.',
  guideCommunicationSkillsTry:
    'Next time your partner tells you something, say back what you heard before you answer, and ask “Did I get that right?”',
  guidePastWounds: 'Past wounds',
  guidePastWoundsAbout:
    'An old hurt — a betrayal, or a time when no one was there for you — can make it hard to trust and open up now, even with someone safe. It can make a small moment feel much bigger.',
  guidePastWoundsTry: 'When a moment feels bigger than it is, try saying “I think this touches something older for me.”',
  guideExpectations: 'Unrealistic expectations',
  guideExpectationsAbout:
    'It is easy to believe that closeness should take no effort, or that someone who loves you will just know what you need. No one can read minds, and a need left unsaid quietly turns into disappointment.',
  guideExpectationsTry: 'Say one thing you need this week out loud, as a small, specific request.',
  guideTimeAndEffort: 'Lack of time and effort',
  guideTimeAndEffortAbout:
    'Busy weeks leave little time or energy for each other, and closeness fades quietly when it is always put off until later. It grows with small, regular attention more than with grand gestures.',
  guideTimeAndEffortTry: 'Set aside fifteen minutes without phones this week, only for the two of you — a walk, a cup of tea, a check-in.',
  guideCommunicationStyles: 'Different communication styles',
  guideCommunicationStylesAbout:
    'People learn different ways of showing feelings: some talk them through straight away, some need quiet first, some show them by doing. Neither way is wrong; misunderstandings grow when the difference goes unnoticed.',
  guideCommunicationStylesTry: 'Ask each other: “When you are upset, what helps you more — talking now, or some time first?”',

  // Where I am with forgiving
  decisionNotYet: DECISION_LABELS.not_yet,
  decisionWorkingOnIt: DECISION_LABELS.working_on_it,
  decisionForgiven: DECISION_LABELS.forgiven,
  decisionReleased: DECISION_LABELS.released,

  // Bringing a request or a commitment to the next check-in (BringToCheckIn)
  bringRequest: 'Bring this request to our next check-in',
  bringCommitment: 'Bring this commitment to our next check-in',
  bringHint: 'Your partner will see it there, and you can talk about how it went. This reflection stays your own; you can take it back here at any time.',

  // A forgiveness reflection's check-backs (CheckBacks)
  checkBacksTitle: 'Coming back to it',
  checkBacksEmpty: 'Forgiving often takes a while. Now and then, note where you are — each note keeps its date, so you can see how it changes.',
  checkBacksList: 'Check-backs, oldest first',
  checkBackWhere: 'Where I am now',
  checkBackDay: 'Day',
  checkBackNote: 'A note, if you like',
  checkBackNoDay: 'Choose the day this check-back is for.',
  checkBackSave: 'Save this check-back',
  cancel: 'Cancel',
  addCheckBack: 'Add a check-back',

  // Hard to move past (HardToMovePast)
  hardToMovePast: 'This is hard to move past',
  hardToMovePastHelp:
    'That is understandable — some hurts are too heavy to set down alone. A therapist or counsellor can help you with this, and you can bring this reflection with you.',
  hardToMovePastNoted:
    'You noted that this is hard to move past. That is understandable — some hurts are too heavy to set down alone. A therapist or counsellor can help you with this, and you can bring this reflection with you.',
  chooseInExport: 'Choose what to bring, in Export',

  // How strongly a story is believed (Belief)
  notRated: 'Not rated',
  outOf100: '{{value}} out of 100',
  clear: 'Clear',
  clearLabel: 'Clear: {{label}}',
  beliefHint: '0 is not at all, 100 is completely. Leave it if a number does not help.',

  // Choosing a timeline entry (EventPicker)
  matchingEntries: 'Matching entries',
  noEntriesMatch: 'No entries match “{{text}}”.',
  looking: 'Looking…',
  /** The kind follows as it reads mid-sentence (lower case in English). */
  noneOfKind: 'There is no {{kind}} on your timeline yet. You can search for any other entry below.',
  recentOfKind: 'Recent entries: {{kind}}',
  findAnother: 'Or find another entry',
  findPlaceholder: 'A word from its title or story',
};

export default reflectionSteps;
