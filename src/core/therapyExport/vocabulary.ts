import type { LoveLanguageId } from '../../shared/loveLanguages';
import type { CheckInQuestionId, FollowUpOutcome } from '../../shared/checkins';
import type { Feeling, Need } from '../../shared/feelings';
import { JOURNAL_PROMPTS } from '../../shared/journal';
import type { Barrier, ForgivenessDecision, Horseman, ReflectionStatus } from '../../shared/reflections';
import type { ExportKind } from '../../shared/therapyExport';
import type { TimelineEvent } from '../../shared/timeline';
import { journalPrompts } from '../../shared/i18n/catalogues/exercises/en';
import { BARRIER_KEYS, DECISION_KEYS, EXPORT_KIND_KEYS as MANY, HORSEMAN_KEYS, STATUS_KEYS } from '../../shared/i18n/keys';
import type { Words } from '../i18n/words';

/**
 * Every word the export prints for a stored id, in the language spoken: the one place the document turns ids into
 * words. Each is read from the catalogue group of the screen that shows the same word — feelings, needs, patterns,
 * barriers, decisions and statuses from `reflectionSteps`, kinds of moment and how they felt from `timeline`, the
 * export's sections from `therapyExport`, check-in questions and outcomes, love languages, journal prompts — so the
 * therapist reads what the couple saw. `exportVocabulary` keeps only the few the document says its own way.
 */

/** "hurt", "verletzt": as the feeling picker shows it. */
export const feelingWord = (words: Words, feeling: Feeling): string => words.t(`reflectionSteps.feeling_${feeling}`);

export const needWord = (words: Words, need: Need): string => words.t(`reflectionSteps.need_${need}`);

/** "Criticism — a complaint that became about who someone is": the pattern's name, then its kind explanation. */
export function horsemanLabel(words: Words, horseman: Horseman): string {
  const key = HORSEMAN_KEYS[horseman];
  return `${words.t(`reflectionSteps.horseman${key}`)} — ${words.t(`reflectionSteps.horseman${key}Hint`)}`;
}

/** "criticism", "Kritik": the pattern's name alone, as a count says it (lower case in English: the export's own). */
export const horsemanName = (words: Words, horseman: Horseman): string => words.t(`exportVocabulary.horsemanName-${horseman}`);

export function antidote(words: Words, horseman: Horseman): { name: string; how: string } {
  const key = HORSEMAN_KEYS[horseman];
  return { name: words.t(`reflectionSteps.antidote${key}`), how: words.t(`reflectionSteps.antidote${key}How`) };
}

/** A barrier as a conflict reflection ticks it. */
export const barrierLabel = (words: Words, barrier: Barrier): string => words.t(BARRIER_KEYS[barrier]);

/** "expectations that were hard to meet": a barrier as a count says it (the export's own, in lower case). */
export const barrierName = (words: Words, barrier: Barrier): string => words.t(`exportVocabulary.barrierName-${barrier}`);

export const decisionWord = (words: Words, decision: ForgivenessDecision): string => words.t(DECISION_KEYS[decision]);

export const statusWord = (words: Words, status: ReflectionStatus): string => words.t(STATUS_KEYS[status]);

/** The timeline's own words for its kinds, but `other`: "Moment" in the document, where the timeline says "Other". */
const TIMELINE_KIND_KEYS = {
  milestone: 'timeline.kindMilestone',
  memory: 'timeline.kindMemory',
  quality_time: 'timeline.kindQualityTime',
  appreciation: 'timeline.kindAppreciation',
  hard_moment: 'timeline.kindHardMoment',
  repair: 'timeline.kindRepair',
  other: 'exportVocabulary.timelineKind-other',
} as const satisfies Record<TimelineEvent['kind'], string>;

export const timelineKindWord = (words: Words, kind: TimelineEvent['kind']): string => words.t(TIMELINE_KIND_KEYS[kind]);

const VALENCE_KEYS = [
  'timeline.feelingVeryHard',
  'timeline.feelingHard',
  'timeline.feelingMixed',
  'timeline.feelingGood',
  'timeline.feelingVeryGood',
] as const;

/** How a moment felt, from -2 ("Very hard") through 0 ("Mixed") to 2 ("Very good"), as the timeline says it. */
export const valenceWord = (words: Words, valence: number): string => words.t(VALENCE_KEYS[Math.max(0, Math.min(4, valence + 2))]!);

/**
 * EXPORT_KIND_LABELS: one entry of a kind ("Check-in") and the section of them all ("Check-ins"). The sections are
 * the export screen's kinds; one conflict or forgiveness reflection is named as the reflections' screens name it; the
 * other entries' names are the export's own.
 */
const ONE_AND_MANY = {
  timeline: { one: 'exportVocabulary.exportKind-timeline', many: MANY.timeline },
  conflict: { one: 'reflectionSteps.conflictLabel', many: MANY.conflict },
  aftermath: { one: 'exportVocabulary.exportKind-aftermath', many: MANY.aftermath },
  forgiveness: { one: 'reflectionSteps.forgivenessLabel', many: MANY.forgiveness },
  checkin: { one: 'exportVocabulary.exportKind-checkin', many: MANY.checkin },
  appreciation: { one: 'exportVocabulary.exportKind-appreciation', many: MANY.appreciation },
  journal: { one: 'exportVocabulary.exportKind-journal', many: MANY.journal },
  insights: { one: 'exportVocabulary.exportKind-insights', many: MANY.insights },
} as const satisfies Record<ExportKind, { one: string; many: string }>;

export function exportKindLabel(words: Words, kind: ExportKind): { one: string; many: string } {
  const keys = ONE_AND_MANY[kind];
  return { one: words.t(keys.one), many: words.t(keys.many) };
}

const QUESTION_KEYS = {
  connection: 'checkins.questionConnection',
  closer: 'checkins.questionCloser',
  highlight: 'checkins.questionHighlight',
  distance: 'checkins.questionDistance',
} as const satisfies Record<CheckInQuestionId, string>;

export const checkInQuestion = (words: Words, id: CheckInQuestionId): string => words.t(QUESTION_KEYS[id]);

const OUTCOME_KEYS = {
  went_well: 'checkins.outcomeWentWell',
  partly: 'checkins.outcomePartly',
  not_yet: 'checkins.outcomeNotYet',
} as const satisfies Record<FollowUpOutcome, string>;

export const followUpOutcome = (words: Words, outcome: FollowUpOutcome): string => words.t(OUTCOME_KEYS[outcome]);

export const loveLanguageName = (words: Words, id: LoveLanguageId): string => words.t(`loveLanguageInfo.${id}Name`);

/**
 * A journal entry's prompt, as stored text: one of Hearth's own prompts is read in the language spoken; one the couple
 * wrote stays as they wrote it.
 */
export function journalPrompt(words: Words, text: string): string {
  const id = JOURNAL_PROMPTS.find((p) => p.text === text)?.id;
  return id && Object.hasOwn(journalPrompts, id) ? words.t(`journalPrompts.${id as keyof typeof journalPrompts}`) : text;
}
