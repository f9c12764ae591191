import type { LoveLanguageId } from '../../shared/loveLanguages';
import type { CheckInQuestionId, FollowUpOutcome } from '../../shared/checkins';
import type { Feeling, Need } from '../../shared/feelings';
import { JOURNAL_PROMPTS } from '../../shared/journal';
import type { Barrier, ForgivenessDecision, Horseman, ReflectionStatus } from '../../shared/reflections';
import type { ExportKind } from '../../shared/therapyExport';
import type { TimelineEvent } from '../../shared/timeline';
import { journalPrompts } from '../../shared/i18n/catalogues/exercises/en';
import type { Words } from '../i18n/words';

/**
 * Every word the export prints for a stored id, in the language spoken: the one place the document turns ids into
 * words. Where a catalogue group already has the word (check-in questions and outcomes, love languages, journal
 * prompts), it is read from there; the rest from `exportVocabulary` until the reflections' and timeline's own keys exist.
 */

export const feelingWord = (words: Words, feeling: Feeling): string => words.t(`exportVocabulary.feeling-${feeling}`);

export const needWord = (words: Words, need: Need): string => words.t(`exportVocabulary.need-${need}`);

/** "Criticism — a complaint that became about who someone is". */
export const horsemanLabel = (words: Words, horseman: Horseman): string => words.t(`exportVocabulary.horseman-${horseman}`);

/** "criticism", "Kritik": the pattern's name alone, as a count says it. */
export const horsemanName = (words: Words, horseman: Horseman): string => words.t(`exportVocabulary.horsemanName-${horseman}`);

export function antidote(words: Words, horseman: Horseman): { name: string; how: string } {
  return { name: words.t(`exportVocabulary.antidote-${horseman}`), how: words.t(`exportVocabulary.antidoteHow-${horseman}`) };
}

export const barrierLabel = (words: Words, barrier: Barrier): string => words.t(`exportVocabulary.barrier-${barrier}`);

/** "expectations that were hard to meet": a barrier as a count says it. */
export const barrierName = (words: Words, barrier: Barrier): string => words.t(`exportVocabulary.barrierName-${barrier}`);

export const decisionWord = (words: Words, decision: ForgivenessDecision): string => words.t(`exportVocabulary.decision-${decision}`);

export const statusWord = (words: Words, status: ReflectionStatus): string => words.t(`exportVocabulary.status-${status}`);

export const timelineKindWord = (words: Words, kind: TimelineEvent['kind']): string => words.t(`exportVocabulary.timelineKind-${kind}`);

const VALENCES = ['veryHard', 'hard', 'neutral', 'good', 'veryGood'] as const;

/** How a moment felt, from -2 ("Very hard") to 2 ("Very good"). */
export const valenceWord = (words: Words, valence: number): string =>
  words.t(`exportVocabulary.valence-${VALENCES[Math.max(0, Math.min(4, valence + 2))]!}`);

/** EXPORT_KIND_LABELS: one entry of a kind ("Check-in") and the section of them all ("Check-ins"). */
export function exportKindLabel(words: Words, kind: ExportKind): { one: string; many: string } {
  return { one: words.t(`exportVocabulary.exportKind-${kind}`), many: words.t(`exportVocabulary.exportKinds-${kind}`) };
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
