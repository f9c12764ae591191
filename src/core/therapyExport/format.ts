import type { Words } from '../i18n/words';
import type { DocItem, ExportDocument } from './model';
import { exportKindLabel } from './vocabulary';

interface Section {
  title: string;
  items: DocItem[];
}

/** The items grouped by kind, in order, each group titled ("Check-ins", "Gespräche"); the overview keeps its own label. */
export function sectionsOf(document: ExportDocument, words: Words): Section[] {
  const sections: Section[] = [];
  for (const item of document.items) {
    const last = sections.at(-1);
    if (last && last.items[0]!.kind === item.kind) last.items.push(item);
    else sections.push({ title: item.kind === 'overview' ? item.kindLabel : exportKindLabel(words, item.kind).many, items: [item] });
  }
  return sections;
}
