import type { FontName, Fonts } from './fonts';
import type { Style } from './pdf-styles';

interface Piece {
  font: FontName;
  text: string;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
  /** The text as written, spaces included, so the preview can join lines back into paragraphs. */
  raw: string;
  /** True for the first line of a paragraph. */
  starts: boolean;
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

/** Measures text as pdfkit will draw it, each run in the font that has its characters, and breaks it into lines. */
export class LineBreaker {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: Fonts;
  readonly #widths = new Map<string, number>();

  constructor(doc: PDFKit.PDFDocument, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
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
}

/** Lines joined back into the text they came from, for the preview. */
export function joinLines(previous: string, line: Line): string {
  if (!previous) return line.raw.trimEnd();
  return line.starts ? `${previous}\n${line.raw.trimEnd()}` : `${previous}${previous.endsWith(' ') ? '' : ' '}${line.raw.trimEnd()}`;
}
