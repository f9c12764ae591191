import type { ExportPreviewBlock, ExportPreviewPage } from '../../shared/therapyExport';
import { type Line, LineBreaker } from './pdf-lines';
import { BOTTOM, MARGIN, RULE, type Style, WIDTH } from './pdf-styles';

/**
 * Lays the document out on A4 pages with pdfkit: its own line breaking, so every run of text is
 * drawn in a font that has its characters and the preview knows exactly which lines are on which page.
 */
export class Layout extends LineBreaker {
  readonly pages: ExportPreviewPage[] = [];
  y = MARGIN.top;

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

  /** A hairline across the text width at the current position: what separates one item from the next. */
  rule(color = RULE, width = WIDTH): void {
    this.doc.moveTo(MARGIN.left, this.y).lineTo(MARGIN.left + width, this.y).lineWidth(0.75).strokeColor(color).stroke();
  }
}
