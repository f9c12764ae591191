import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'fontkit';

// The CommonJS build pdfkit itself loads, so a parsed font can be handed to pdfkit as it is (see pdf-fonts.ts). Required
// when the first font is read (the first PDF or preview), not when the core starts: this module is in the main process's
// bundle too (export-service.ts imports writeExportFile from pdf-job.ts), and requiring fontkit takes ~0.1 s (issue 20).
let fontkit: { create(buffer: Uint8Array): Font } | undefined;
const engine = () => (fontkit ??= createRequire(import.meta.url)('fontkit') as { create(buffer: Uint8Array): Font });

/** The faces the document is set in: a sans for labels, a serif for what the couple wrote. */
export type Face = 'sans' | 'sansBold' | 'serif' | 'serifItalic';
type Fallback = 'wide' | 'cjk' | 'korean' | 'devanagari' | 'thai' | 'emoji';
export type FontName = Face | Fallback;

/** Bundled in resources/fonts (see LICENSES.md there); nothing is looked up on the system. */
export const FONT_FILES: Record<FontName, string> = {
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
  serif: 'NotoSerif-Regular.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
  // Hebrew, Arabic, Armenian, Georgian and many symbols.
  wide: 'DejaVuSans.ttf',
  // Chinese and Japanese (and the Hangul compatibility jamo, such as ㅋ).
  cjk: 'NotoSansSC-Regular.ttf',
  // Korean Hangul syllables and jamo. After cjk, so Chinese characters keep their Chinese forms.
  korean: 'NotoSansKR-Regular.ttf',
  // Devanagari (Hindi, Marathi, Nepali) for the serif faces; Noto Sans already has it for the sans ones.
  devanagari: 'NotoSansDevanagari-Regular.ttf',
  // Thai.
  thai: 'NotoSansThai-Regular.ttf',
  // Monochrome emoji, so they print as clean outlines.
  emoji: 'NotoEmoji-Regular.ttf',
};

const FALLBACKS: readonly Fallback[] = ['wide', 'cjk', 'korean', 'devanagari', 'thai', 'emoji'];

export interface Run {
  font: FontName;
  text: string;
}

// Marks that belong to the character before them: combining marks, joiners, variation selectors, skin tones, tags, keycaps.
const CLINGS = /^(?:\p{M}|\u200D|[\uFE00-\uFE0F]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}]|\u20E3)$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const SPACE = /^\s$/u;
const INVISIBLE = /^(?:\u200D|[\uFE00-\uFE0F])$/u;
// Thai SARA AM, with the above-base marks before it (as in น้ำ). fontkit has no Thai shaper: the font splits SARA AM into
// NIKHAHIT and SARA AA, but NIKHAHIT must then sit under a tone mark, which is a shaper's job, so left to fontkit the ring
// prints above the tone. As HarfBuzz does, SARA AM is split here and NIKHAHIT moved in front of the marks. Splitting it
// always also keeps the font from ever seeing SARA AM: fontkit ties a glyph to the characters it first came from, and
// SARA AA first met inside SARA AM would read back as nothing from then on. Copied text gives NIKHAHIT + SARA AA.
const SARA_AM = /([\u0E31\u0E34-\u0E37\u0E47-\u0E4E]*)\u0E33/gu;

const loaded = new Map<string, { bytes: Buffer; font: Font }>();

/** The bundled fonts and which of them draws each character. */
export class Fonts {
  readonly #dir: string;
  readonly #choice = new Map<string, FontName>();
  /** Characters no bundled font has; they print as an empty box. */
  readonly missing = new Set<string>();

  constructor(resourcesDir: string) {
    this.#dir = join(resourcesDir, 'fonts');
  }

  #load(name: FontName): { bytes: Buffer; font: Font } {
    const path = join(this.#dir, FONT_FILES[name]);
    let entry = loaded.get(path);
    if (!entry) {
      const bytes = readFileSync(path);
      entry = { bytes, font: engine().create(bytes) };
      loaded.set(path, entry);
    }
    return entry;
  }

  bytes(name: FontName): Buffer {
    return this.#load(name).bytes;
  }

  /** The parsed font, shared by every document: parsing a font's layout tables takes about 0.1 s. */
  font(name: FontName): Font {
    return this.#load(name).font;
  }

  /** Ascent and descent as fractions of the size, for lining up faces on one baseline. */
  metrics(name: FontName): { ascent: number; descent: number } {
    const { font } = this.#load(name);
    return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
  }

  has(name: FontName, codePoint: number): boolean {
    return this.#load(name).font.hasGlyphForCodePoint(codePoint);
  }

  /** The font for one character when the text is set in `face`. */
  fontFor(face: Face, char: string): FontName {
    const key = `${face}:${char}`;
    let choice = this.#choice.get(key);
    if (!choice) {
      const cp = char.codePointAt(0)!;
      // Emoji read as emoji even where a text font has a plain symbol for them (© and ® stay text).
      const order: FontName[] = PICTOGRAPH.test(char) && cp >= 0x2000 ? ['emoji', face, ...FALLBACKS] : [face, ...FALLBACKS];
      choice = order.find((name) => this.has(name, cp));
      if (!choice) {
        this.missing.add(char);
        choice = face;
      }
      this.#choice.set(key, choice);
    }
    return choice;
  }

  /** Split text into runs, each drawn with a font that has every one of its characters. */
  runs(text: string, face: Face): Run[] {
    const runs: Run[] = [];
    for (const char of text) {
      const last = runs.at(-1);
      if (last && CLINGS.test(char)) {
        if (this.has(last.font, char.codePointAt(0)!)) {
          last.text += char;
          continue;
        }
        // An invisible selector or joiner the font cannot draw would only print as a box.
        if (INVISIBLE.test(char)) continue;
      }
      const font = SPACE.test(char) ? (last?.font ?? face) : this.fontFor(face, char);
      if (last && last.font === font) last.text += char;
      else runs.push({ font, text: char });
    }
    for (const run of runs) if (run.font === 'thai') run.text = run.text.replace(SARA_AM, '\u0E4D$1\u0E32');
    return runs;
  }
}
