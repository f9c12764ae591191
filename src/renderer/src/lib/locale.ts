/**
 * Hearth's words are English; the page language follows the user's English variant (en-GB, en-AU…)
 * so spelling and hyphenation match, and stays plain `en` for other locales so a screen reader does
 * not read English text with another language's voice.
 */
export function documentLanguage(locales: readonly string[] = navigator.languages): string {
  return locales.find((tag) => /^en(-|$)/i.test(tag)) ?? 'en';
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dayTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A day in the user's own locale, e.g. "3 Mar 2026" or "Mar 3, 2026". */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

export function formatDayTime(iso: string): string {
  return dayTimeFormat.format(new Date(iso));
}

/** "Sam and Alex" in the user's locale's way of joining a list. */
export function joinNames(names: readonly string[]): string {
  return new Intl.ListFormat(documentLanguage(), { style: 'long', type: 'conjunction' }).format(names);
}
