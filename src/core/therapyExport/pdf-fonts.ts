import { FONT_FILES, type FontName, type Fonts } from './fonts';

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
export function installFonts(doc: PDFKit.PDFDocument, fonts: Fonts, PDFDocument: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument): void {
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
