import { EXPORT_KIND_LABELS } from '../../shared/therapyExport';
import type { DocItem, ExportDocument } from './model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-03-04" → "4 March 2026": the same in every locale, so the document reads the same wherever it is opened. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

interface Section {
  title: string;
  items: DocItem[];
}

export function sectionsOf(document: ExportDocument): Section[] {
  const sections: Section[] = [];
  for (const item of document.items) {
    const last = sections.at(-1);
    if (last && last.items[0]!.kind === item.kind) last.items.push(item);
    else sections.push({ title: item.kind === 'overview' ? item.kindLabel : EXPORT_KIND_LABELS[item.kind].many, items: [item] });
  }
  return sections;
}

export const PRIVATE_NOTE =
  'This document is private. It holds only what was chosen to share, exported from Hearth, an encrypted journal kept on our own computer.';
