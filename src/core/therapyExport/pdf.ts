import type { ChartSpec, ExportPreviewBlock, ExportPreviewPage } from '../../shared/therapyExport';
import { FONT_FILES, type Face, type FontName, type Fonts } from './fonts';
import { formatDay, PRIVATE_NOTE, sectionsOf } from './format';
import type { Block, Cell, DocItem, ExportDocument } from './model';

/** A4 in points, with margins that leave room for the page number. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 66, right: 66, top: 64, bottom: 78 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const GUTTER = 22;

const INK = '#2a2420';
const MUTED = '#6b5f55';
const ACCENT = '#a8492a';
const RULE = '#ddd3c7';
const GRID = '#ebe4db';
const BAND = '#f6efe8';
const SERIES = ['#a8492a', '#3d6f8e', '#8a8f3d'];

interface Style {
  face: Face;
  size: number;
  color: string;
  /** Line height as a multiple of the size. */
  leading: number;
  spacing?: number;
}

const S = {
  title: { face: 'sansBold', size: 26, color: INK, leading: 1.25 },
  subtitle: { face: 'sans', size: 12, color: MUTED, leading: 1.6 },
  small: { face: 'sans', size: 9.5, color: MUTED, leading: 1.5 },
  section: { face: 'sansBold', size: 19, color: ACCENT, leading: 1.3 },
  kind: { face: 'sansBold', size: 8.5, color: ACCENT, leading: 1.5, spacing: 0.6 },
  itemTitle: { face: 'sansBold', size: 15, color: INK, leading: 1.3 },
  byline: { face: 'sans', size: 9.5, color: MUTED, leading: 1.5 },
  heading: { face: 'sansBold', size: 11, color: INK, leading: 1.4 },
  label: { face: 'sansBold', size: 9, color: MUTED, leading: 1.45 },
  body: { face: 'serif', size: 11, color: INK, leading: 1.5 },
  cell: { face: 'serif', size: 10.5, color: INK, leading: 1.45 },
  empty: { face: 'serifItalic', size: 10, color: MUTED, leading: 1.45 },
  note: { face: 'serifItalic', size: 10, color: MUTED, leading: 1.45 },
  contents: { face: 'sans', size: 10.5, color: INK, leading: 1.75 },
  contentsSection: { face: 'sansBold', size: 10.5, color: INK, leading: 1.9 },
  axis: { face: 'sans', size: 7.5, color: MUTED, leading: 1.2 },
  footer: { face: 'sans', size: 8.5, color: MUTED, leading: 1.2 },
} satisfies Record<string, Style>;

interface Piece {
  font: FontName;
  text: string;
  width: number;
}

interface Line {
  pieces: Piece[];
  width: number;
  /** The text as written, spaces included, so the preview can join lines back into paragraphs. */
  raw: string;
  /** True for the first line of a paragraph. */
  starts: boolean;
}

export interface PdfOptions {
  includeNames: boolean;
  /** Called after each item: the place to yield to the event loop, report progress and stop when cancelled. */
  afterItem?: (done: number) => Promise<void>;
}

export interface PdfResult {
  bytes: Buffer;
  pages: ExportPreviewPage[];
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF00-\\uFFEF';
// A line may break after a space, or between two Chinese or Japanese characters.
const TOKEN = new RegExp(`[${CJK}]\\s*|[^\\s${CJK}]+\\s*|\\s+`, 'gu');
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Thai is written without spaces between words: its words come from the segmenter's dictionary.
const THAI = /\p{Script=Thai}/u;
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

/** Where a line may break: after each token (a word with its trailing space, one CJK character, a Thai word). */
export function breakTokens(paragraph: string): string[] {
  return (paragraph.match(TOKEN) ?? ['']).flatMap((token) => (THAI.test(token) ? [...thaiWords.segment(token)].map((s) => s.segment) : [token]));
}

/**
 * Lays the document out on A4 pages with pdfkit: its own line breaking, so every run of text is
 * drawn in a font that has its characters and the preview knows exactly which lines are on which page.
 */
class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: Fonts;
  readonly pages: ExportPreviewPage[] = [];
  y = MARGIN.top;
  readonly #widths = new Map<string, number>();

  constructor(doc: PDFKit.PDFDocument, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  get page(): ExportPreviewPage {
    return this.pages.at(-1)!;
  }

  addPage(): void {
    this.doc.addPage();
    this.pages.push({ number: this.pages.length + 1, blocks: [] });
    this.y = MARGIN.top;
  }

  /** Start a new page unless `height` still fits on this one. */
  ensure(height: number): boolean {
    if (this.y + height <= BOTTOM) return false;
    this.addPage();
    return true;
  }

  record(block: ExportPreviewBlock): ExportPreviewBlock {
    this.page.blocks.push(block);
    return block;
  }

  #width(font: FontName, style: Style, text: string): number {
    const key = `${font}|${style.size}|${style.spacing ?? 0}|${text}`;
    let width = this.#widths.get(key);
    if (width === undefined) {
      width = this.doc.font(font).fontSize(style.size).widthOfString(text, { characterSpacing: style.spacing ?? 0 });
      this.#widths.set(key, width);
    }
    return width;
  }

  measure(text: string, style: Style): number {
    return this.fonts.runs(text, style.face).reduce((sum, run) => sum + this.#width(run.font, style, run.text), 0);
  }

  #line(raw: string, style: Style, starts: boolean): Line {
    const pieces = this.fonts.runs(raw.trimEnd(), style.face).map((run) => ({ ...run, width: this.#width(run.font, style, run.text) }));
    return { pieces, width: pieces.reduce((s, p) => s + p.width, 0), raw, starts };
  }

  /** Break text into lines no wider than `width`; a word longer than a line is broken between characters. */
  wrap(text: string, style: Style, width: number): Line[] {
    const lines: Line[] = [];
    for (const paragraph of text.split('\n')) {
      let current = '';
      let used = 0;
      let starts = true;
      const push = () => {
        lines.push(this.#line(current, style, starts));
        starts = false;
        current = '';
        used = 0;
      };
      for (const token of breakTokens(paragraph)) {
        const visible = this.measure(token.trimEnd(), style);
        if (current && used + visible > width) push();
        if (!current && visible > width) {
          for (const { segment } of graphemes.segment(token)) {
            if (current && this.measure(current + segment, style) > width) push();
            current += segment;
          }
          used = this.measure(current, style);
          continue;
        }
        if (!current && !token.trim()) continue; // no line starts with a space
        current += token;
        used += this.measure(token, style);
      }
      if (current || starts) push();
    }
    return lines;
  }

  lineHeight(style: Style): number {
    return style.size * style.leading;
  }

  /** Draw one line with its top at `top`; every face sits on the same baseline. */
  drawLine(line: Line, style: Style, x: number, top: number, options: { goTo?: string; align?: 'right' } = {}): void {
    const baseline = top + style.size * ((style.leading - 1) / 2 + 0.92);
    let cursor = options.align === 'right' ? x - line.width : x;
    for (const piece of line.pieces) {
      this.doc
        .font(piece.font)
        .fontSize(style.size)
        .fillColor(style.color)
        .text(piece.text, cursor, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          characterSpacing: style.spacing ?? 0,
        });
      cursor += piece.width;
    }
    if (options.goTo) this.doc.goTo(x, top, line.width, this.lineHeight(style), options.goTo);
  }

  /** Flowing text across the full width, breaking pages between lines; `onLine` hears where each line went. */
  flow(text: string, style: Style, onLine?: (line: Line, movedToNewPage: boolean) => void, x = MARGIN.left, width = WIDTH): void {
    for (const line of this.wrap(text, style, width)) {
      const moved = this.ensure(this.lineHeight(style));
      this.drawLine(line, style, x, this.y);
      this.y += this.lineHeight(style);
      onLine?.(line, moved);
    }
  }

  rule(color = RULE, width = WIDTH): void {
    this.doc.moveTo(MARGIN.left, this.y).lineTo(MARGIN.left + width, this.y).lineWidth(0.75).strokeColor(color).stroke();
  }
}

/** Lines joined back into the text they came from, for the preview. */
function joinLines(previous: string, line: Line): string {
  if (!previous) return line.raw.trimEnd();
  return line.starts ? `${previous}\n${line.raw.trimEnd()}` : `${previous}${previous.endsWith(' ') ? '' : ' '}${line.raw.trimEnd()}`;
}

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

function drawSides(layout: Layout, block: Extract<Block, { type: 'sides' }>): void {
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
      return text ? { lines: layout.wrap(text, S.cell, column), style: S.cell } : { lines: layout.wrap('No answer', S.empty, column), style: S.empty };
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

/** Gridline steps that land on round numbers: at most five intervals. */
function ticks(min: number, max: number): number[] {
  const range = max - min || 1;
  let step = 1;
  for (let scale = 1; range / step > 5; scale *= 10) step = [1, 2, 5].map((f) => f * scale).find((s) => range / s <= 5) ?? 10 * scale;
  const values: number[] = [];
  for (let v = min; v <= max + 1e-9; v += step) values.push(Math.round(v * 100) / 100);
  return values;
}

const CHART_HEIGHT = 150;

/** A chart drawn with vector paths: axes, gridlines, bars or lines, labels and a legend. */
function drawChart(layout: Layout, title: string, reading: string, spec: ChartSpec): void {
  const readingLines = layout.wrap(reading, S.note, WIDTH);
  const total = CHART_HEIGHT + 72 + readingLines.length * layout.lineHeight(S.note);
  layout.y += 10;
  layout.ensure(total);
  layout.record({ type: 'chart', title, reading, chart: spec });
  const { doc } = layout;
  layout.y += 14;

  const left = MARGIN.left + 34;
  const right = MARGIN.left + WIDTH - 4;
  const top = layout.y + 8;
  const bottom = top + CHART_HEIGHT;
  const yOf = (v: number) => bottom - ((v - spec.yMin) / (spec.yMax - spec.yMin || 1)) * (bottom - top);

  doc.save();
  for (const v of ticks(spec.yMin, spec.yMax)) {
    doc.moveTo(left, yOf(v)).lineTo(right, yOf(v)).lineWidth(0.5).strokeColor(GRID).stroke();
    const line = layout.wrap(String(v), S.axis, 30)[0]!;
    layout.drawLine(line, S.axis, left - 6, yOf(v) - S.axis.size * 0.7, { align: 'right' });
  }
  layout.drawLine(layout.wrap(spec.yLabel, S.axis, 200)[0]!, S.axis, MARGIN.left, top - 24);
  doc.moveTo(left, bottom).lineTo(right, bottom).lineWidth(0.9).strokeColor(MUTED).stroke();
  doc.moveTo(left, top).lineTo(left, bottom).lineWidth(0.9).strokeColor(MUTED).stroke();

  const n = Math.max(1, spec.categories.length);
  const slot = (right - left) / n;
  const every = Math.max(1, Math.ceil((n * 34) / (right - left)));
  spec.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const line = layout.wrap(category, S.axis, slot * every)[0]!;
    layout.drawLine(line, S.axis, left + slot * (i + 0.5) - line.width / 2, bottom + 4);
  });

  if (spec.type === 'bar') {
    const groups = spec.series.length;
    const barWidth = Math.min(18, (slot * 0.72) / groups);
    spec.series.forEach((series, s) => {
      series.values.forEach((value, i) => {
        if (value === null || value <= spec.yMin) return;
        const x = left + slot * (i + 0.5) - (barWidth * groups) / 2 + s * barWidth;
        doc.rect(x + 0.5, yOf(value), barWidth - 1, bottom - yOf(value)).fill(SERIES[s % SERIES.length]!);
      });
    });
  } else {
    spec.series.forEach((series, s) => {
      const color = SERIES[s % SERIES.length]!;
      let drawing = false;
      series.values.forEach((value, i) => {
        const x = left + slot * (i + 0.5);
        if (value === null) {
          drawing = false;
          return;
        }
        if (drawing) doc.lineTo(x, yOf(value));
        else doc.moveTo(x, yOf(value));
        drawing = true;
      });
      doc.lineWidth(1.6).strokeColor(color).stroke();
      series.values.forEach((value, i) => {
        if (value !== null) doc.circle(left + slot * (i + 0.5), yOf(value), 2.4).fill(color);
      });
    });
  }
  doc.restore();

  // Legend: a swatch and a name for each series.
  let x = left;
  const legendTop = bottom + 20;
  spec.series.forEach((series, s) => {
    doc.rect(x, legendTop + 3, 9, 9).fill(SERIES[s % SERIES.length]!);
    const line = layout.wrap(series.name, S.small, 200)[0]!;
    layout.drawLine(line, S.small, x + 13, legendTop);
    x += 13 + line.width + 18;
  });
  layout.y = legendTop + layout.lineHeight(S.small) + 6;
  for (const line of readingLines) {
    layout.drawLine(line, S.note, MARGIN.left, layout.y);
    layout.y += layout.lineHeight(S.note);
  }
}

function drawBlock(layout: Layout, block: Block): void {
  switch (block.type) {
    case 'heading':
      layout.y += 10;
      layout.ensure(layout.lineHeight(S.heading) + 3 * layout.lineHeight(S.body));
      layout.record({ type: 'heading', text: block.text });
      layout.flow(block.text, S.heading);
      return;
    case 'field':
      drawField(layout, block.label, [block.text, ...listLines(block.list)].filter(Boolean).join('\n'));
      return;
    case 'note': {
      layout.y += 6;
      const note = layout.record({ type: 'note', text: '' }) as Extract<ExportPreviewBlock, { type: 'note' }>;
      layout.flow(block.text, S.note, (line) => (note.text = joinLines(note.text, line)));
      return;
    }
    case 'sides':
      layout.y += 6;
      drawSides(layout, block);
      return;
    case 'chart':
      drawChart(layout, block.title, block.reading, block.chart);
      return;
  }
}

/** Returns the page the item begins on. */
function drawItem(layout: Layout, item: DocItem, first: boolean): number {
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
  const kindLine = [item.kindLabel.toUpperCase(), item.date ? formatDay(item.date).toUpperCase() : ''].filter(Boolean).join('  ·  ');
  layout.flow(kindLine, S.kind);
  layout.y += 2;
  layout.flow(item.title, S.itemTitle);
  if (item.byline) layout.flow(item.byline, S.byline);
  layout.record({ type: 'item', kind: item.kindLabel, date: item.date ? formatDay(item.date) : '', title: item.title, byline: item.byline });
  const page = layout.pages.length;
  layout.y += 4;
  for (const block of item.blocks) drawBlock(layout, block);
  return page;
}

type EmbeddedFontClass = new (doc: PDFKit.PDFDocument, font: unknown, id: string) => unknown;
interface FontInternals {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: { constructor: EmbeddedFontClass } | null;
}
let EmbeddedFont: EmbeddedFontClass | undefined;

/**
 * Give the document our fonts already parsed. pdfkit would parse every font again for every document (about half a
 * second for the four faces), which a preview on each change cannot afford. This reaches into pdfkit 0.17's font
 * table; if that ever changes shape, the fonts are registered the ordinary way instead.
 */
function installFonts(doc: PDFKit.PDFDocument, fonts: Fonts, PDFDocument: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument): void {
  const names = Object.keys(FONT_FILES) as FontName[];
  try {
    if (!EmbeddedFont) {
      // The emoji font is the quickest to open; this throwaway document only lends us pdfkit's font class.
      const probe = new PDFDocument({ font: fonts.bytes('emoji') as unknown as string, autoFirstPage: false }) as unknown as FontInternals;
      EmbeddedFont = probe._font!.constructor;
    }
    const internals = doc as unknown as FontInternals;
    if (typeof internals._fontCount !== 'number' || typeof internals._fontFamilies !== 'object') throw new Error('pdfkit changed');
    for (const name of names) internals._fontFamilies[name] = new EmbeddedFont(doc, fonts.font(name), `F${++internals._fontCount}`);
  } catch {
    for (const name of names) doc.registerFont(name, fonts.bytes(name));
  }
  doc.font('sans');
}

/** The document's title in its metadata, whatever it holds. */
const DOCUMENT_INFO_TITLE = 'Hearth';

const CONTENTS_FIRST = 26;
const CONTENTS_MORE = 30;

export async function renderPdf(document: ExportDocument, fonts: Fonts, options: PdfOptions): Promise<PdfResult> {
  // Loaded on first use, so start-up and unlock never pay for the PDF library.
  const { default: PDFDocument } = await import('pdfkit');
  // Never encrypted here: a password is applied to the finished bytes (protect.ts, called by pdf-job.ts).
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit's would be Helvetica, which is not embedded. Ours are installed below.
    font: null as unknown as string,
    lang: 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    // What a file manager, a search index or a reader's title bar shows without opening the pages: it says nothing of
    // what is inside, and there is no Subject, Keywords or Author.
    info: { Title: DOCUMENT_INFO_TITLE, Producer: 'Hearth', Creator: 'Hearth' },
  });
  installFonts(doc, fonts, PDFDocument);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const layout = new Layout(doc, fonts);

  // Title page.
  layout.addPage();
  layout.y = 250;
  layout.flow(document.title, S.title);
  layout.y += 14;
  layout.doc.rect(MARGIN.left, layout.y, 56, 3).fill(ACCENT);
  layout.y += 22;
  for (const line of document.titleLines) layout.flow(line, S.subtitle);
  layout.record({ type: 'title', title: document.title, lines: [...document.titleLines] });
  layout.y = BOTTOM - 60;
  layout.flow(PRIVATE_NOTE, S.small);

  // The contents come after the title page; their page numbers are known only once the items are laid out.
  const sections = sectionsOf(document);
  const entries = sections.length + document.items.length;
  const contentsPages = entries <= CONTENTS_FIRST ? 1 : 1 + Math.ceil((entries - CONTENTS_FIRST) / CONTENTS_MORE);
  const firstContents = layout.pages.length;
  for (let i = 0; i < contentsPages; i++) layout.addPage();

  const pageOf = new Map<string, number>();
  const sectionPage: number[] = [];
  let laidOut = 0;
  for (const section of sections) {
    layout.addPage();
    sectionPage.push(layout.pages.length);
    doc.outline.addItem(section.title);
    layout.flow(section.title, S.section);
    layout.record({ type: 'section', title: section.title });
    layout.y += 10;
    for (const [i, item] of section.items.entries()) {
      pageOf.set(item.id, drawItem(layout, item, i === 0));
      laidOut += 1;
      await options.afterItem?.(laidOut);
    }
  }

  // Fill in the contents.
  let contentsIndex = 0;
  const openContents = () => {
    doc.switchToPage(firstContents + contentsIndex);
    layout.y = MARGIN.top;
    const page = layout.pages[firstContents + contentsIndex]!;
    contentsIndex += 1;
    const block = { type: 'contents' as const, entries: [] as Extract<ExportPreviewBlock, { type: 'contents' }>['entries'] };
    page.blocks.push(block);
    return block;
  };
  let contents = openContents();
  const title = layout.wrap('Contents', S.section, WIDTH)[0]!;
  layout.drawLine(title, S.section, MARGIN.left, layout.y);
  layout.y += layout.lineHeight(S.section) + 10;
  if (sections.length === 0) layout.drawLine(layout.wrap('Nothing was chosen for this export.', S.note, WIDTH)[0]!, S.note, MARGIN.left, layout.y);
  const entry = (level: 1 | 2, text: string, date: string, page: number, goTo?: string) => {
    const style = level === 1 ? S.contentsSection : S.contents;
    if (layout.y + layout.lineHeight(style) > BOTTOM) contents = openContents();
    const indent = level === 1 ? 0 : 14;
    const dateWidth = level === 2 ? 96 : 0;
    const number = layout.wrap(String(page), style, 40)[0]!;
    const room = WIDTH - indent - dateWidth - 40;
    let line = layout.wrap(text, style, room)[0]!;
    if (layout.wrap(text, style, room).length > 1) line = layout.wrap(`${line.raw.trimEnd()}…`, style, room + 20)[0]!;
    if (date) layout.drawLine(layout.wrap(date, S.small, dateWidth)[0]!, S.small, MARGIN.left + indent, layout.y + 1.5);
    layout.drawLine(line, style, MARGIN.left + indent + dateWidth, layout.y, goTo ? { goTo } : {});
    layout.drawLine(number, style, MARGIN.left + WIDTH, layout.y, { align: 'right' });
    contents.entries.push({ level, title: line.raw.trimEnd(), date, page });
    layout.y += layout.lineHeight(style);
  };
  sections.forEach((section, s) => {
    if (s > 0) layout.y += 6;
    entry(1, section.title, '', sectionPage[s]!);
    for (const item of section.items) entry(2, item.title, item.date ? formatDay(item.date) : '', pageOf.get(item.id)!, item.id);
  });

  // Page numbers on every page but the title page.
  const total = layout.pages.length;
  for (let i = 1; i < total; i++) {
    doc.switchToPage(i);
    const footerTop = PAGE.height - MARGIN.bottom + 34;
    layout.drawLine(layout.wrap(document.title, S.footer, 300)[0]!, S.footer, MARGIN.left, footerTop);
    layout.drawLine(layout.wrap(`Page ${i + 1} of ${total}`, S.footer, 120)[0]!, S.footer, MARGIN.left + WIDTH, footerTop, { align: 'right' });
  }
  doc.end();
  return { bytes: await done, pages: layout.pages };
}
