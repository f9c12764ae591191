import type { ExportPreviewBlock } from '../../shared/therapyExport';
import type { Words } from '../i18n/words';
import type { Block, Cell, DocItem } from './model';
import { chartHeight, drawChart } from './pdf-charts';
import type { Layout } from './pdf-layout';
import { joinLines } from './pdf-lines';
import { BAND, BOTTOM, GUTTER, MARGIN, S, WIDTH } from './pdf-styles';

/** A cell's or a field's answer: its text, then its list. */
function cellText(cell: Cell): string {
  return [cell.text, ...listLines(cell.list)].filter(Boolean).join('\n');
}

/** Short words read best in one line (feelings, needs); sentences read best one to a line. */
function listLines(list: readonly string[]): string[] {
  if (list.length === 0) return [];
  return list.every((item) => item.length <= 40) ? [list.join(' · ')] : list.map((item) => `•  ${item}`);
}

function drawField(layout: Layout, label: string, text: string): void {
  layout.y += 9;
  // A label never ends a page alone: it goes with at least two lines of its answer.
  layout.ensure(layout.lineHeight(S.label) + 2 * layout.lineHeight(S.body));
  for (const line of layout.wrap(label, S.label, WIDTH)) {
    layout.drawLine(line, S.label, MARGIN.left, layout.y);
    layout.y += layout.lineHeight(S.label);
  }
  let block = layout.record({ type: 'field', label, text: '', continued: false }) as Extract<ExportPreviewBlock, { type: 'field' }>;
  layout.flow(text, S.body, (line, moved) => {
    if (moved) block = layout.record({ type: 'field', label, text: '', continued: true }) as typeof block;
    block.text = joinLines(block.text, line);
  });
}

function drawSides(layout: Layout, block: Extract<Block, { type: 'sides' }>, words: Words): void {
  const column = (WIDTH - GUTTER) / 2;
  const xs = [MARGIN.left, MARGIN.left + column + GUTTER];
  const header = (): Extract<ExportPreviewBlock, { type: 'sides' }> => {
    layout.ensure(layout.lineHeight(S.heading) + 40);
    layout.doc.rect(MARGIN.left - 8, layout.y, WIDTH + 16, layout.lineHeight(S.heading) + 6).fill(BAND);
    block.headings.forEach((heading, i) => {
      const line = layout.wrap(heading, S.heading, column)[0]!;
      layout.drawLine(line, S.heading, xs[i]!, layout.y + 3);
    });
    layout.y += layout.lineHeight(S.heading) + 10;
    return layout.record({ type: 'sides', headings: [...block.headings], rows: [] }) as Extract<ExportPreviewBlock, { type: 'sides' }>;
  };
  let preview = header();
  for (const row of block.rows) {
    const label = layout.wrap(row.label, S.label, WIDTH);
    const cells = row.cells.map((cell) => {
      const text = cellText(cell);
      return text ? { lines: layout.wrap(text, S.cell, column), style: S.cell } : { lines: layout.wrap(words.t('exportDocument.noAnswer'), S.empty, column), style: S.empty };
    });
    const lineHeight = layout.lineHeight(S.cell);
    if (layout.y + label.length * layout.lineHeight(S.label) + 2 * lineHeight > BOTTOM) {
      layout.addPage();
      preview = header();
    }
    for (const line of label) {
      layout.drawLine(line, S.label, MARGIN.left, layout.y);
      layout.y += layout.lineHeight(S.label);
    }
    let previewRow = { label: row.label, cells: ['', ''], continued: false };
    preview.rows.push(previewRow);
    const count = Math.max(...cells.map((c) => c.lines.length));
    for (let i = 0; i < count; i++) {
      if (layout.y + lineHeight > BOTTOM) {
        layout.addPage();
        preview = header();
        previewRow = { label: row.label, cells: ['', ''], continued: true };
        preview.rows.push(previewRow);
      }
      cells.forEach((cell, c) => {
        const line = cell.lines[i];
        if (!line) return;
        layout.drawLine(line, cell.style, xs[c]!, layout.y);
        previewRow.cells[c] = joinLines(previewRow.cells[c]!, line);
      });
      layout.y += lineHeight;
    }
    layout.y += 8;
  }
  layout.y += 4;
}

/** `next`: the block after this one, which a heading keeps on its page (a whole chart, or three lines of text). */
function drawBlock(layout: Layout, block: Block, next: Block | undefined, words: Words): void {
  switch (block.type) {
    case 'heading':
      layout.y += 10;
      layout.ensure(layout.lineHeight(S.heading) + (next?.type === 'chart' ? 10 + chartHeight(layout, next.reading) : 3 * layout.lineHeight(S.body)));
      layout.record({ type: 'heading', text: block.text });
      layout.flow(block.text, S.heading);
      return;
    case 'field':
      drawField(layout, block.label, cellText(block));
      return;
    case 'note': {
      layout.y += 6;
      const note = layout.record({ type: 'note', text: '' }) as Extract<ExportPreviewBlock, { type: 'note' }>;
      layout.flow(block.text, S.note, (line) => (note.text = joinLines(note.text, line)));
      return;
    }
    case 'sides':
      layout.y += 6;
      drawSides(layout, block, words);
      return;
    case 'chart':
      drawChart(layout, block.title, block.reading, block.chart);
      return;
  }
}

/** Returns the page the item begins on. */
export function drawItem(layout: Layout, item: DocItem, first: boolean, words: Words): number {
  // A new item starts on a fresh page when less than a fifth of this one is left.
  if (!first) {
    if (BOTTOM - layout.y < 170) layout.addPage();
    else {
      layout.y += 18;
      layout.rule();
      layout.y += 18;
    }
  }
  layout.doc.addNamedDestination(item.id, 'XYZ', MARGIN.left, layout.y, null);
  const kindLine = [item.kindLabel.toUpperCase(), item.date ? words.day(item.date).toUpperCase() : ''].filter(Boolean).join('  ·  ');
  layout.flow(kindLine, S.kind);
  layout.y += 2;
  layout.flow(item.title, S.itemTitle);
  if (item.byline) layout.flow(item.byline, S.byline);
  layout.record({ type: 'item', kind: item.kindLabel, date: item.date ? words.day(item.date) : '', title: item.title, byline: item.byline });
  const page = layout.pages.length;
  layout.y += 4;
  item.blocks.forEach((block, i) => drawBlock(layout, block, item.blocks[i + 1], words));
  return page;
}
