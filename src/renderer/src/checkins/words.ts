import type { Cadence, CadenceEvery, CheckInSchedule } from '../../../shared/checkins';
import { locale } from '../i18n/i18n.svelte';
import { dateFormat } from '../lib/locale';
import { dayToDate, formatEventDay, localToday } from '../timeline/format';

export const EVERY_LABELS: Record<CadenceEvery, string> = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
};

/** Weekdays in the order this locale starts its week, each with JavaScript's number (0 is Sunday). */
export function weekdaysInLocaleOrder(tag = locale()): { value: number; label: string }[] {
  const name = new Intl.DateTimeFormat(tag, { weekday: 'long' });
  let first = 1;
  try {
    const info = new Intl.Locale(tag) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    first = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
  } catch {
    first = 1;
  }
  // 2023-01-01 was a Sunday, so day n of that week is weekday n.
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7).map((value) => ({ value, label: name.format(new Date(2023, 0, 1 + value)) }));
}

/** The computer's own time zone, e.g. "Europe/London". */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// In the language Hearth speaks (lib/locale.ts).
const weekdayTime = { format: (d: Date) => dateFormat({ weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(d) };
const timeOnly = { format: (d: Date) => dateFormat({ hour: 'numeric', minute: '2-digit' }).format(d) };
const weekdayOnly = { format: (d: Date) => dateFormat({ weekday: 'long' }).format(d) };

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export type DueTone = 'unset' | 'upcoming' | 'today' | 'overdue';

/** When the next check-in is, in kind words. Overdue never scolds: it is simply a good time. */
export function dueWords(schedule: CheckInSchedule, now = new Date()): { tone: DueTone; text: string } {
  if (!schedule.cadence || !schedule.nextDueAt) {
    return { tone: 'unset', text: 'Choose a regular time for check-ins, and Hearth will gently remind you here.' };
  }
  const due = new Date(schedule.nextDueAt);
  if (schedule.overdue) {
    return { tone: 'overdue', text: `Your check-in was planned for ${weekdayOnly.format(due)}. Whenever you both have a quiet moment is a good time.` };
  }
  if (sameDay(due, now)) return { tone: 'today', text: `Your check-in is today at ${timeOnly.format(due)}.` };
  return { tone: 'upcoming', text: `Your next check-in is on ${weekdayTime.format(due)}.` };
}

/**
 * When the most recent check-in was (its local day), or null before the first. Only ever a day: Hearth never counts
 * weeks in a row, so a missed week is never a loss.
 */
export function lastCheckInWords(day: string | null, today = localToday()): string | null {
  if (!day) return null;
  if (day === today) return 'Your most recent check-in was today.';
  const yesterday = dayToDate(today);
  yesterday.setDate(yesterday.getDate() - 1);
  if (day === localToday(yesterday)) return 'Your most recent check-in was yesterday.';
  return `Your most recent check-in was on ${formatEventDay(day, 'long')}.`;
}

/** The rhythm in one line, e.g. "Every week on Sunday at 19:00". */
export function cadenceWords(cadence: Cadence): string {
  const day = weekdaysInLocaleOrder().find((d) => d.value === cadence.weekday)?.label ?? '';
  const [h, m] = cadence.time.split(':').map(Number);
  const time = timeOnly.format(new Date(2023, 0, 1, h, m));
  if (cadence.every === 'monthly') return `The first ${day} of each month at ${time}`;
  return `${EVERY_LABELS[cadence.every]} on ${day} at ${time}`;
}
