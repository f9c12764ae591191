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

export const TOOL_LABELS: Record<PracticeTool, string> = {
  appreciations: '“I appreciate you because…”',
  journal: 'Shared journal',
  loveLanguages: 'Love languages',
  checkins: 'Check-ins',
  timeline: 'Timeline',
  reflections: 'Reflections',
};

/** Which exercise is showing. */
export class ExercisesSection {
  view = $state<ExercisesView>({ name: 'home' });

  show(view: ExercisesView): void {
    this.view = view;
  }
}
