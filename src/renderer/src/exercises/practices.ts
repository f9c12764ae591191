import { t } from '../i18n/i18n.svelte';
import type { practices } from '../../../shared/i18n/catalogues/exercises/en';

/** The guide's eight practices: content only the renderer shows, its words in the catalogues (group `practices`). */

export type PracticeTool = 'checkins' | 'appreciations' | 'journal' | 'loveLanguages' | 'timeline' | 'reflections';

type PracticeKey = keyof typeof practices;

export interface Practice {
  id: string;
  readonly title: string;
  readonly why: string;
  readonly tryThis: readonly string[];
  /** Where in Hearth it is practised. */
  tool: PracticeTool;
}

/** One practice, its words read from the catalogue each time, so they follow a change of language. */
function practice(id: string, key: string, tries: number, tool: PracticeTool): Practice {
  const say = (k: string) => t(`practices.${k as PracticeKey}`);
  return {
    id,
    tool,
    get title() {
      return say(`${key}Title`);
    },
    get why() {
      return say(`${key}Why`);
    },
    get tryThis() {
      return Array.from({ length: tries }, (_, i) => say(`${key}Try${i + 1}`));
    },
  };
}

/** The guide's eight practices, in the guide's order. */
export const PRACTICES: readonly Practice[] = [
  practice('listening', 'listening', 4, 'checkins'),
  practice('vulnerability', 'vulnerability', 3, 'journal'),
  practice('appreciation', 'appreciation', 3, 'appreciations'),
  practice('quality-time', 'qualityTime', 3, 'timeline'),
  practice('needs', 'needs', 4, 'reflections'),
  practice('trust', 'trust', 4, 'checkins'),
  practice('forgiveness', 'forgiveness', 3, 'reflections'),
  practice('empathy', 'empathy', 3, 'loveLanguages'),
];
