import { wordsIn, type Words } from '../i18n/words';
import { sectionsOf } from './format';
import type { Block, Cell, ExportDocument } from './model';

// Characters Markdown would read as formatting at the start of a line or inside text. A line that would start a list
// ("- ", "1. ", and a German day, "4. März 2026") keeps its marker as text: "\-", "4\." (a backslash before a digit
// would be printed as it is).
function escape(text: string): string {
  return text
    .replace(/([\\`*_[\]#<>|])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3');
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => escape(line))
    .join('  \n');
}

function cellMarkdown(cell: Cell, words: Words): string {
  return [cell.text ? paragraphs(cell.text) : '', ...cell.list.map((item) => `- ${escape(item)}`)].filter(Boolean).join('\n\n') || `_${escape(words.t('exportDocument.noAnswer'))}_`;
}

function block(b: Block, words: Words): string {
  switch (b.type) {
    case 'heading':
      return `#### ${escape(b.text)}`;
    case 'field':
      return [`**${escape(b.label)}**`, b.text ? paragraphs(b.text) : '', ...b.list.map((item) => `- ${escape(item)}`)].filter(Boolean).join('\n\n');
    case 'note':
      return `_${escape(b.text)}_`;
    case 'sides':
      // Both answers to each question, one after the other: a table would squeeze long answers.
      return b.rows
        .map((row) => [`**${escape(row.label)}**`, ...row.cells.map((cell, i) => `*${escape(b.headings[i]!)}:*\n\n${cellMarkdown(cell, words)}`)].join('\n\n'))
        .join('\n\n');
    case 'chart': {
      const { chart } = b;
      const header = `| ${['', ...chart.series.map((s) => escape(s.name))].join(' | ')} |`;
      const rule = `|${' --- |'.repeat(chart.series.length + 1)}`;
      const rows = chart.categories.map((c, i) => `| ${[escape(c), ...chart.series.map((s) => (s.values[i] === null ? '' : String(s.values[i])))].join(' | ')} |`);
      return [`**${escape(b.title)}** (${escape(chart.yLabel)})`, [header, rule, ...rows].join('\n'), `_${escape(b.reading)}_`].join('\n\n');
    }
  }
}

/** The same document as the PDF, as Markdown for editing; charts become tables of their numbers. */
export function renderMarkdown(document: ExportDocument): string {
  const words = wordsIn(document.language ?? 'en');
  const out: string[] = [`# ${escape(document.title)}`, document.titleLines.map(escape).join('  \n'), `_${escape(words.t('exportDocument.privateNote'))}_`];
  for (const section of sectionsOf(document, words)) {
    out.push(`## ${escape(section.title)}`);
    for (const item of section.items) {
      const meta = [item.date ? words.day(item.date) : '', item.byline].filter(Boolean).join(' · ');
      out.push(`### ${escape(item.title)}`, meta ? `_${escape(meta)}_` : '', ...item.blocks.map((b) => block(b, words)));
    }
  }
  return `${out.filter(Boolean).join('\n\n')}\n`;
}
