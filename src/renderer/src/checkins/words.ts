import type { Cadence, CadenceEvery, CheckInMode, CheckInQuestionId, CheckInSchedule, FollowUpOutcome } from '../../../shared/checkins';
import { locale, t } from '../i18n/i18n.svelte';
import { dateFormat } from '../lib/locale';
import { dayToDate, formatEventDay, localToday } from '../timeline/format';

export const EVERY_LABELS: Record<CadenceEvery, string> = {
  get weekly() {
    return t('checkins.everyWeekly');
  },
  get fortnightly() {
    return t('checkins.everyFortnightly');
  },
  get monthly() {
    return t('checkins.everyMonthly');
  },
};

/**
 * The two ways, in the language spoken. `CHECKIN_MODE_LABELS` in shared/checkins.ts has the same words in English for
 * the therapy export; the catalogue's English equals it (i18n/checkins-words.test.ts).
 */
export const MODE_LABELS: Record<CheckInMode, string> = {
  get together() {
    return t('checkins.modeTogether');
  },
  get apart() {
    return t('checkins.modeApart');
  },
};

/** How a plan went, in the language spoken (`FOLLOW_UP_LABELS` in English). */
export const OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  get went_well() {
    return t('checkins.outcomeWentWell');
  },
  get partly() {
    return t('checkins.outcomePartly');
  },
  get not_yet() {
    return t('checkins.outcomeNotYet');
  },
};

const QUESTION_KEYS = {
  connection: ['checkins.questionConnection', 'checkins.questionConnectionHint'],
  closer: ['checkins.questionCloser', 'checkins.questionCloserHint'],
  highlight: ['checkins.questionHighlight', 'checkins.questionHighlightHint'],
  distance: ['checkins.questionDistance', 'checkins.questionDistanceHint'],
} as const satisfies Record<CheckInQuestionId, readonly [string, string]>;

/** A question of `CHECKIN_QUESTIONS` (by its id) in the language spoken, with its hint. */
export function question(id: CheckInQuestionId): { text: string; hint: string } {
  const [text, hint] = QUESTION_KEYS[id];
  return { text: t(text), hint: t(hint) };
}

/** `CHECKIN_LISTENING_GUIDANCE`, in the language spoken. */
export function listeningGuidance(): string[] {
  return [t('checkins.listeningTurns'), t('checkins.listeningUnderstand'), t('checkins.listeningSayBack'), t('checkins.listeningWeather')];
}

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
    return { tone: 'unset', text: t('checkins.dueUnset') };
  }
  const due = new Date(schedule.nextDueAt);
  if (schedule.overdue) {
    return { tone: 'overdue', text: t('checkins.dueOverdue', { weekday: weekdayOnly.format(due) }) };
  }
  if (sameDay(due, now)) return { tone: 'today', text: t('checkins.dueToday', { time: timeOnly.format(due) }) };
  return { tone: 'upcoming', text: t('checkins.dueUpcoming', { when: weekdayTime.format(due) }) };
}

/**
 * When the most recent check-in was (its local day), or null before the first. Only ever a day: Hearth never counts
 * weeks in a row, so a missed week is never a loss.
 */
export function lastCheckInWords(day: string | null, today = localToday()): string | null {
  if (!day) return null;
  if (day === today) return t('checkins.lastToday');
  const yesterday = dayToDate(today);
  yesterday.setDate(yesterday.getDate() - 1);
  if (day === localToday(yesterday)) return t('checkins.lastYesterday');
  return t('checkins.lastOn', { day: formatEventDay(day, 'long') });
}

/** The rhythm in one line, e.g. "Every week on Sunday at 19:00". */
export function cadenceWords(cadence: Cadence): string {
  const day = weekdaysInLocaleOrder().find((d) => d.value === cadence.weekday)?.label ?? '';
  const [h, m] = cadence.time.split(':').map(Number);
  const time = timeOnly.format(new Date(2023, 0, 1, h, m));
  const key = ({ weekly: 'checkins.rhythmWeekly', fortnightly: 'checkins.rhythmFortnightly', monthly: 'checkins.rhythmMonthly' } as const)[cadence.every];
  return t(key, { day, time });
}
