import type { Cadence, CadenceEvery, CheckInSchedule, CheckInStreaks } from '../../../shared/checkins';

export const EVERY_LABELS: Record<CadenceEvery, string> = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
};

/** Weekdays in the order this locale starts its week, each with JavaScript's number (0 is Sunday). */
export function weekdaysInLocaleOrder(locale = navigator.language): { value: number; label: string }[] {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  let first = 1;
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
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

const weekdayTime = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
const timeOnly = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const weekdayOnly = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

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

const PERIODS: Record<CadenceEvery, string> = { weekly: 'weeks', fortnightly: 'fortnights', monthly: 'months' };

/** Streaks counted kindly: a run when there is one, and always the total, never a loss. */
export function streakWords(streaks: CheckInStreaks, cadence: Cadence | null): string {
  const total = streaks.totalCompleted;
  if (total === 0) return 'Your check-ins will be counted here, one at a time.';
  const together = total === 1 ? 'Your first check-in together is done.' : `${total} check-ins together so far.`;
  if (!cadence || streaks.currentStreak < 2) return together;
  return `${streaks.currentStreak} ${PERIODS[cadence.every]} in a row. ${together}`;
}

/** The rhythm in one line, e.g. "Every week on Sunday at 19:00". */
export function cadenceWords(cadence: Cadence): string {
  const day = weekdaysInLocaleOrder().find((d) => d.value === cadence.weekday)?.label ?? '';
  const [h, m] = cadence.time.split(':').map(Number);
  const time = timeOnly.format(new Date(2023, 0, 1, h, m));
  if (cadence.every === 'monthly') return `The first ${day} of each month at ${time}`;
  return `${EVERY_LABELS[cadence.every]} on ${day} at ${time}`;
}
