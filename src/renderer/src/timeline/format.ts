import type { Author, Partner } from '../../../shared/basics';
import { t } from '../i18n/i18n.svelte';
import { dateFormat, joinNames, relativeTimeFormat } from '../lib/locale';

/**
 * How it felt, from very hard (-2) to very good (2), in plain words of the language spoken (each label a getter, so
 * it follows a change of language). The core's therapy export prints the same words in English.
 */
export const FEELINGS: readonly { value: number; readonly label: string }[] = [
  { value: -2, get label() { return t('timeline.feelingVeryHard'); } },
  { value: -1, get label() { return t('timeline.feelingHard'); } },
  { value: 0, get label() { return t('timeline.feelingMixed'); } },
  { value: 1, get label() { return t('timeline.feelingGood'); } },
  { value: 2, get label() { return t('timeline.feelingVeryGood'); } },
];

export function feelingLabel(valence: number): string {
  return (FEELINGS.find((f) => f.value === valence) ?? FEELINGS[2]!).label;
}

/** A partner's own name; "Partner A" only if the vault has none for them. */
export function partnerName(partners: readonly Partner[], id: 'a' | 'b'): string {
  return partners.find((p) => p.id === id)?.name ?? (id === 'a' ? t('timeline.partnerA') : t('timeline.partnerB'));
}

/** "Sam", "Alex", or "Sam and Alex". */
export function authorLabel(partners: readonly Partner[], author: Author): string {
  if (author === 'both') return joinNames([partnerName(partners, 'a'), partnerName(partners, 'b')]);
  return partnerName(partners, author);
}

/** A calendar day read as local midnight, so the date shown is the day written, in every time zone. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

// Each in the language Hearth speaks (lib/locale.ts).
const dayStyle = (style: 'long' | 'medium') => dateFormat({ dateStyle: style });

export function formatEventDay(day: string, style: 'long' | 'medium' = 'medium'): string {
  return dayStyle(style).format(dayToDate(day));
}

/** A single day, or a span such as "1 – 8 Apr 2022" in the language spoken. */
export function formatSpan(start: string, end: string | null, style: 'long' | 'medium' = 'medium'): string {
  if (!end || end === start) return formatEventDay(start, style);
  return dayStyle(style).formatRange(dayToDate(start), dayToDate(end));
}

/** The month's name in the language spoken, e.g. "March" or "März". */
export function formatMonth(month: number): string {
  return dateFormat({ month: 'long' }).format(new Date(2000, month - 1, 1));
}

export function formatMonthYear(year: number, month: number): string {
  return dateFormat({ month: 'long', year: 'numeric' }).format(new Date(year, month - 1, 1));
}

/** Today on this computer's calendar, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "3 years ago" for On this day. */
export function yearsAgo(day: string, today: string): string {
  const years = Number(today.slice(0, 4)) - Number(day.slice(0, 4));
  return relativeTimeFormat({ numeric: 'auto' }).format(-years, 'year');
}
