/**
 * The Check-ins section (src/renderer/src/checkins/). The questions, their hints, the listening guidance, the mirroring
 * sentence, the two ways and the follow-up answers are also in src/shared/checkins.ts, where the therapy export prints
 * them in English: the English here must stay the same word for word (checkins-words.test.ts checks it).
 */
const checkins = {
  // The overview
  title: 'Check-ins',
  intro:
    "A short, regular look at how you both feel about the two of you. It's for the overall weather between you, not for working through one problem.",
  nextTitle: 'Your next check-in',
  progressTogether: 'A check-in together at the screen is under way. Pick up where you left off.',
  progressNone: 'A check-in is under way. Pick up where you left off.',
  progressOne: 'A check-in is under way: {{name}} has answered. Pick up where you left off.',
  carryOn: 'Carry on with the check-in',
  startNow: 'Start a check-in now',
  changeWhen: 'Change when',
  chooseTime: 'Choose a regular time',
  rhythm: '{{rhythm}}.',
  rhythmWithAppreciations: '{{rhythm}}, opening with appreciations.',
  historyTitle: 'Your check-ins so far',
  historyEmpty: 'When you finish a check-in, both your answers are kept here side by side to look back on.',
  historyRating: '{{name}} {{rating}} of 10',
  historyNoRating: '{{name}} no number',
  readNotes: 'Read notes',
  readAnswers: 'Read answers',
  showEarlier: 'Show earlier check-ins',
  lastToday: 'Your most recent check-in was today.',
  lastYesterday: 'Your most recent check-in was yesterday.',
  lastOn: 'Your most recent check-in was on {{day}}.',

  // When the next one is (DueNotice, DueCard)
  dueUnset: 'Choose a regular time for check-ins, and Hearth will gently remind you here.',
  dueOverdueLead: "It's check-in time.",
  dueOverdue: 'Your check-in was planned for {{weekday}}. Whenever you both have a quiet moment is a good time.',
  dueToday: 'Your check-in is today at {{time}}.',
  dueUpcoming: 'Your next check-in is on {{when}}.',
  dueCardLabel: 'Next check-in',
  dueCardOpen: 'Open Check-ins',

  // The rhythm (CadenceForm)
  cadenceTitle: 'When you check in',
  cadenceIntro: 'A regular time makes it a habit rather than a decision. Pick a moment when you are both usually home and unhurried.',
  howOften: 'How often',
  everyWeekly: 'Every week',
  everyFortnightly: 'Every two weeks',
  everyMonthly: 'Once a month',
  rhythmWeekly: 'Every week on {{day}} at {{time}}',
  rhythmFortnightly: 'Every two weeks on {{day}} at {{time}}',
  rhythmMonthly: 'The first {{day}} of each month at {{time}}',
  onDay: 'On',
  onFirstDay: 'On the first',
  atTime: 'At',
  timesIn: 'Times are in {{zone}}.',
  useLocalZone: "Use this computer's time zone ({{zone}})",
  openWithAppreciations: 'Open with appreciations',
  cadenceAppreciationsHint:
    'Start each check-in by taking turns saying what you appreciate in each other. Warmth first makes the harder questions easier.',
  notify: 'Remind me with a notification',
  notifyHint: 'It only ever says “Time for your check-in”, so nothing private shows on the screen. Hearth always reminds you inside the app either way.',
  notifyWhen: 'Reminders come only while Hearth is open and unlocked. A closed or locked Hearth cannot see when your check-in is, so it stays quiet.',
  save: 'Save',
  cancel: 'Cancel',

  // Starting one (StartCheckIn)
  startTitle: 'Start a check-in',
  startIntro: 'Four open questions about how the two of you are doing. Find a quiet moment when neither of you is in a hurry.',
  howToDoIt: 'How would you like to do it?',
  modeTogether: 'Together at the screen',
  modeApart: 'Each on our own',
  modeTogetherHow:
    'Sit side by side. One question at a time, one of you answers out loud while the other listens and says back what they heard, then you swap. Jot a note if you like.',
  modeApartHow: 'One of you answers while the other steps away, then you swap. Answers can stay hidden until you have both answered, and you read them side by side.',
  startAppreciationsHint: 'Take turns saying “I appreciate you because…” before the questions.',
  whoFirst: 'Who speaks first?',
  whoFirstTogether: 'After the first question, whoever spoke second starts the next one, so you take turns going first.',
  whoFirstApart: 'In the opening appreciations.',
  begin: 'Begin',

  // The questions, per id (the same words as CHECKIN_QUESTIONS)
  questionConnection: 'How do you feel about the two of us lately?',
  questionConnectionHint: 'However it is, it is fine to say it.',
  questionCloser: 'Is there anything we can do to feel closer?',
  questionCloserHint: 'Something small and doable is perfect.',
  questionHighlight: 'What was a moment this week when you felt close to me?',
  questionHighlightHint: 'Big or tiny: a look, a joke, a cup of tea.',
  questionDistance: 'Was there anything that made you feel a little far from me?',
  questionDistanceHint: 'Name the moment, not a verdict on your partner.',

  // Listening well (the same words as CHECKIN_LISTENING_GUIDANCE)
  listeningTitle: 'Listening well',
  listeningTurns: 'Take turns, and let each other finish.',
  listeningUnderstand: 'Listen to understand, not to answer back.',
  listeningSayBack: 'Say what you heard before you add your own view.',
  listeningWeather: 'This is a look at the weather between you, not the place to solve one problem.',

  // The opening round of appreciations
  appreciationsTitle: 'Start with appreciation',
  appreciationsApart: 'Before the questions, take turns finishing the sentence out loud and here. Beginning with warmth makes the rest easier to hear.',
  appreciationsTogether:
    'Before the questions, take turns finishing the sentence out loud, and here if you like. Beginning with warmth makes the rest easier to hear.',
  toQuestions: 'On to the questions',

  // Each on our own (CheckInSteps, AnswerStep)
  whoAnswersFirst: 'Who answers first?',
  whoAnswersFirstIntro: "One of you answers while the other steps away from the screen. Then swap. You'll read both together at the end.",
  hasAnswered: 'Has answered',
  startedNotFinished: 'Started, not finished yet',
  notAnsweredYet: 'Not answered yet',
  carryOnAs: 'Carry on as {{name}}',
  iAm: "I'm {{name}}",
  nameHasAnswered: '{{name}} has answered',
  passTo: 'Pass the computer to {{name}}',
  staysHidden: '{{name}}’s answers stay hidden until you have both answered.',
  iAmStart: "I'm {{name}}, let's start",
  comeBackLater: 'Come back later',
  answersTitle: '{{name}}’s answers',
  answersIntro: '{{name}} is away from the screen for now. Answer honestly; there are no right answers.',
  keptHidden: 'Your answers are kept hidden.',
  keptHiddenWhy: 'They stay out of sight, even from you, until you have both answered. You can hand them in as they are, or write them again from the start.',
  done: "I'm done",
  writeAgain: 'Write them again',
  notNow: 'Not now',
  ratingLegend: 'How connected do you feel right now?',
  ratingHint: '1 is far apart, 10 is very close. It is a feeling, not a grade, and you can leave it out.',
  keepHidden: "Keep my answers hidden until we've both answered",
  keepHiddenHint: "Once you're done, the screen clears. {{name}} sees your answers only after answering too, and you see theirs at the same moment.",
  finishLater: 'Finish later',
  keptAsYouWrite: 'Kept safe as you write.',
  noNumber: 'No number',
  sideBySideTitle: 'Your check-in, side by side',
  sideBySideWords: "Read each other's answers slowly. Ask “can you tell me more?” before you add your own view.",

  // Together at the screen (TogetherSteps)
  beforeQuestions: 'Before the questions',
  plansTitle: 'The plans you made',
  plansIntro: 'Take a moment together with what each of you meant to try. Whose plan it is speaks first.',
  questionOf: 'Question {{number}} of {{total}}',
  turns: 'Turns on this question',
  turnAnswers: '{{number}}. {{name}} answers',
  yourTurn: '{{name}}, your turn to answer, out loud',
  youListen: '{{name}}, you listen',
  letFinish: 'Let {{name}} finish without adding your view. Then say back what you heard:',
  /** CHECKIN_MIRRORING, in the quotation marks of the language. */
  mirroring: '“What I heard you say is… Is there more?”',
  keepGoingSwap: 'Keep going until {{speaker}} feels heard. Then swap, and {{listener}} answers.',
  keepGoing: 'Keep going until {{speaker}} feels heard.',
  noteLabel: '{{name}}’s note',
  noteHint: 'If you like, a few words to keep from what you said.',
  nowAnswers: 'Now {{name}} answers',
  toRatings: 'On to how close you feel',
  nextQuestion: 'Next question',
  back: 'Back',
  notesKept: 'Notes kept as you write.',
  lastOfAll: 'Last of all',
  ratingsTitle: 'How connected do you each feel right now?',
  ratingsIntro: '1 is far apart, 10 is very close. It is a feeling, not a grade, and either of you can leave it out.',
  finish: 'Finish the check-in',
  backToQuestions: 'Back to the questions',
  togetherTitle: 'Your check-in, together',
  togetherWords: 'Thank you for listening to each other. Here is what you kept of it.',

  // Leaving an open one (LeaveCheckIn)
  setAsideAsk: 'Set this check-in aside without saving its answers?',
  setAsideYes: 'Yes, set it aside',
  keepIt: 'Keep it',
  setAside: 'Set this check-in aside',

  // A finished one (Finished, Sides)
  dayThen: '{{day}}. {{words}}',
  takeUpTitle: 'Did one thing need more time?',
  takeUpIntro:
    'A check-in looks at the weather between you. If one thing came up that needs more than that, give it a reflection of its own, when you are both ready. It stays linked to this check-in.',
  takeUpConflict: 'Write a conflict reflection',
  takeUpAftermath: 'Begin “After a hard moment” together',
  finished: 'Done',
  /** Follows the partner's name, shown in bold; the rating is in bold too (ratingOfTen). */
  feels: 'feels',
  ratingOfTen: '{{rating}} of 10',
  connected: 'connected',
  /** Follows the partner's name, shown in bold. */
  withoutNumber: 'answered without a number',
  noNote: 'No note',
  nothingWritten: 'Nothing written',

  // Since last time (FollowUps, FollowThrough; the outcomes are FOLLOW_UP_LABELS)
  sinceTitle: 'Since last time',
  sinceIntro: 'Plans you made since your last check-in. How did each go? There is no wrong answer, and “not yet” simply comes back next time.',
  planConflict: '{{name}}’s request, from “{{title}}”',
  planAftermath: '{{name}}’s plan for next time, from “{{title}}”',
  planForgiveness: '{{name}}’s commitment, from “{{title}}”',
  howDidItGo: 'How did it go?',
  fewWords: 'A few words, if you like',
  /** After a label, for a screen reader: which plan it is about. */
  about: ' ({{source}})',
  outcomeWentWell: 'It went well',
  outcomePartly: 'Partly',
  outcomeNotYet: 'Not yet',
  notTalkedAbout: 'Not talked about',
  begunLabel: 'Begun from this check-in',
  begunTitle: 'Taken further on its own',
};

export default checkins;
