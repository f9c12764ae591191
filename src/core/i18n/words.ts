import i18next, { type TFunction } from 'i18next';
import type { Catalogue } from '../../shared/i18n/catalogue';
import de from '../../shared/i18n/catalogues/de';
import en from '../../shared/i18n/catalogues/en';
import type { Language } from '../../shared/language';

/**
 * The core's words, from the same catalogues the renderer speaks (src/shared/i18n/catalogues): what the core writes
 * for people to read — the therapy export, Insights' readings, the check-in reminder, the menus and the dialogs' titles
 * — in the language Hearth speaks (`spokenLanguage`). Every catalogue is loaded at once: the main process has no
 * first screen to keep light.
 */
export interface Words {
  language: Language;
  t: TFunction;
  /** "4 March 2026", "4. März 2026": a stored day (YYYY-MM-DD), the same wherever the document is opened. */
  day(isoDay: string): string;
  /** "March 2026" from "2026-03". */
  month(isoMonth: string): string;
  /** "4 Mar", "4. März": an axis label. */
  shortDay(isoDay: string): string;
  /** "Mar 26", "März 26": an axis label. */
  shortMonth(isoMonth: string): string;
  /** 7.5 → "7.5" or "7,5". */
  number(value: number, fractionDigits?: number): string;
  /** ["calm", "close", "hopeful"] → "calm, close and hopeful" ("…, close und hopeful"). */
  list(items: readonly string[]): string;
}

const CATALOGUES: Record<Language, Catalogue> = { en, de };

/** The Intl tag of each language: English days read "4 March 2026", as the export always wrote them. */
const TAGS: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: false,
  resources: Object.fromEntries(Object.entries(CATALOGUES).map(([language, catalogue]) => [language, { translation: catalogue }])),
  initAsync: false,
  // Nothing the core writes is HTML; a value (a title, a name) is put in as it is, never read as a message.
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

const cache = new Map<Language, Words>();

/** A stored day or month, read at noon UTC so no time zone moves it to the day before. */
const at = (iso: string): Date => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T12:00:00Z`);

export function wordsIn(language: Language): Words {
  const cached = cache.get(language);
  if (cached) return cached;
  const tag = TAGS[language];
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  const dayFormat = format({ day: 'numeric', month: 'long', year: 'numeric' });
  const monthFormat = format({ month: 'long', year: 'numeric' });
  const shortDayFormat = format({ day: 'numeric', month: 'short' });
  const shortMonthFormat = format({ month: 'short', year: '2-digit' });
  const listFormat = new Intl.ListFormat(tag, { type: 'conjunction' });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let found = numberFormats.get(digits);
    if (!found) numberFormats.set(digits, (found = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
    return found;
  };
  const words: Words = {
    language,
    t: instance.getFixedT(language),
    day: (iso) => dayFormat.format(at(iso)),
    month: (iso) => monthFormat.format(at(iso)),
    shortDay: (iso) => shortDayFormat.format(at(iso)),
    shortMonth: (iso) => shortMonthFormat.format(at(iso)),
    number: (value, fractionDigits = 0) => numberFormat(fractionDigits).format(value),
    list: (items) => listFormat.format(items),
  };
  // Each formatter's first use loads its locale's data (tens of milliseconds): done here, once, not inside a call.
  words.day('2026-01-01');
  words.month('2026-01');
  words.shortDay('2026-01-01');
  words.shortMonth('2026-01');
  words.number(1.5, 1);
  words.list(['a', 'b']);
  words.t('app.name');
  cache.set(language, words);
  return words;
}
