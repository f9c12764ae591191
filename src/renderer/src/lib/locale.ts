import { locale } from '../i18n/i18n.svelte';

/**
 * Dates, numbers and lists in the language Hearth speaks (Settings › Language), in the system's own variant of it
 * where it has one (en-GB, de-AT): see `locale()`. Each formatter is made once per language and options.
 */
const formatters = new Map<string, unknown>();

function cached<T>(kind: string, options: object, make: (tag: string) => T): T {
  const tag = locale();
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make(tag)));
  return found;
}

export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (tag) => new Intl.DateTimeFormat(tag, options));
}

export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', options, (tag) => new Intl.NumberFormat(tag, options));
}

export function relativeTimeFormat(options: Intl.RelativeTimeFormatOptions = {}): Intl.RelativeTimeFormat {
  return cached('relative', options, (tag) => new Intl.RelativeTimeFormat(tag, options));
}

export function listFormat(options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cached('list', options, (tag) => new Intl.ListFormat(tag, options));
}

/** A day in the language spoken, e.g. "3 Mar 2026", "Mar 3, 2026" or "03.03.2026". */
export function formatDay(iso: string): string {
  return dateFormat({ dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDayTime(iso: string): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A number in the language spoken: "1,234" or "1.234". */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** "Sam and Alex" ("Sam und Alex") in the language spoken's way of joining a list. */
export function joinNames(names: readonly string[]): string {
  return listFormat({ style: 'long', type: 'conjunction' }).format(names);
}
