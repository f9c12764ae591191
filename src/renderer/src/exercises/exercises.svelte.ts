import { t } from '../i18n/i18n.svelte';
import type { PracticeTool } from './practices';

export type ExercisesView =
  | { name: 'home' }
  | { name: 'practice'; id: string }
  | { name: 'appreciations' }
  | { name: 'journal' }
  | { name: 'loveLanguages' };

/** Tools that live inside Exercises; the rest are sections of their own. */
export type InsideTool = 'appreciations' | 'journal' | 'loveLanguages';
/** A tool that is a section of its own. */
export type SectionTool = Exclude<PracticeTool, InsideTool>;

export const INSIDE: Partial<Record<PracticeTool, InsideTool>> = {
  appreciations: 'appreciations',
  journal: 'journal',
  loveLanguages: 'loveLanguages',
};

/** Each tool's name in the language spoken, read when shown (catalogue group `exercises`). */
export const TOOL_LABELS: Readonly<Record<PracticeTool, string>> = {
  get appreciations() {
    return t('exercises.toolAppreciations');
  },
  get journal() {
    return t('exercises.toolJournal');
  },
  get loveLanguages() {
    return t('exercises.toolLoveLanguages');
  },
  get checkins() {
    return t('exercises.toolCheckins');
  },
  get timeline() {
    return t('exercises.toolTimeline');
  },
  get reflections() {
    return t('exercises.toolReflections');
  },
};

/** Which exercise is showing. */
export class ExercisesSection {
  view = $state<ExercisesView>({ name: 'home' });

  show(view: ExercisesView): void {
    this.view = view;
  }
}
