import type { ExportPreviewBlock, ExportPreviewPage } from '../../shared/therapyExport';
import type { Fonts } from './fonts';
import { wordsIn } from '../i18n/words';
import { sectionsOf } from './format';
import type { ExportDocument } from './model';
import { drawItem } from './pdf-blocks';
import { installFonts } from './pdf-fonts';
import { Layout } from './pdf-layout';
import { ACCENT, BOTTOM, MARGIN, PAGE, S, WIDTH } from './pdf-styles';

export { breakTokens } from './pdf-lines';

export interface PdfOptions {
  includeNames: boolean;
  /** Called after each item: the place to yield to the event loop, report progress and stop when cancelled. */
  afterItem?: (done: number) => Promise<void>;
}

export interface PdfResult {
  bytes: Buffer;
  pages: ExportPreviewPage[];
}

/** The document's title in its metadata, whatever it holds. */
const DOCUMENT_INFO_TITLE = 'Hearth';

const CONTENTS_FIRST = 26;
const CONTENTS_MORE = 30;

export async function renderPdf(document: ExportDocument, fonts: Fonts, options: PdfOptions): Promise<PdfResult> {
  // Loaded on first use, so start-up and unlock never pay for the PDF library.
  const { default: PDFDocument } = await import('pdfkit');
  const words = wordsIn(document.language ?? 'en');
  // Never encrypted here: a password is applied to the finished bytes (protect.ts, called by pdf-job.ts).
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit's would be Helvetica, which is not embedded. Ours are installed below.
    font: null as unknown as string,
    lang: words.language,
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
  layout.flow(words.t('exportDocument.privateNote'), S.small);

  // The contents come after the title page; their page numbers are known only once the items are laid out.
  const sections = sectionsOf(document, words);
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
      pageOf.set(item.id, drawItem(layout, item, i === 0, words));
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
  const title = layout.wrap(words.t('exportDocument.contents'), S.section, WIDTH)[0]!;
  layout.drawLine(title, S.section, MARGIN.left, layout.y);
  layout.y += layout.lineHeight(S.section) + 10;
  if (sections.length === 0) layout.drawLine(layout.wrap(words.t('exportDocument.nothingChosen'), S.note, WIDTH)[0]!, S.note, MARGIN.left, layout.y);
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
    for (const item of section.items) entry(2, item.title, item.date ? words.day(item.date) : '', pageOf.get(item.id)!, item.id);
  });

  // Page numbers on every page but the title page.
  const total = layout.pages.length;
  for (let i = 1; i < total; i++) {
    doc.switchToPage(i);
    const footerTop = PAGE.height - MARGIN.bottom + 34;
    layout.drawLine(layout.wrap(document.title, S.footer, 300)[0]!, S.footer, MARGIN.left, footerTop);
    layout.drawLine(layout.wrap(words.t('exportDocument.pageOf', { page: i + 1, total }), S.footer, 120)[0]!, S.footer, MARGIN.left + WIDTH, footerTop, { align: 'right' });
  }
  doc.end();
  return { bytes: await done, pages: layout.pages };
}
