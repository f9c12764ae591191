/** How many of each period to keep: the newest copy of each of the last N days, weeks and months that have one. */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 6 };

const DAY_MS = 86_400_000;

/** Periods are counted in UTC, the same clock the file names use, so the choice never depends on the time zone. */
const PERIODS: { [K in keyof RetentionPolicy]: (d: Date) => string } = {
  daily: (d) => d.toISOString().slice(0, 10),
  // A week is named by its Monday.
  weekly: (d) => new Date(Math.floor(d.getTime() / DAY_MS - ((d.getUTCDay() + 6) % 7)) * DAY_MS).toISOString().slice(0, 10),
  monthly: (d) => d.toISOString().slice(0, 7),
};

/**
 * Which backups to keep ("grandfather-father-son"): for each of the last `daily` days that have a backup, its
 * newest; likewise for the last `weekly` weeks and `monthly` months. A backup dated after `now` (the clock was
 * set back) is always kept and counts toward nothing. Returns the kept dates, newest first.
 */
export function selectBackupsToKeep(dates: readonly Date[], now: Date, policy: RetentionPolicy = RETENTION): Date[] {
  const keep = new Set(dates.filter((d) => d.getTime() > now.getTime()));
  const past = dates.filter((d) => !keep.has(d)).sort((a, b) => b.getTime() - a.getTime());
  for (const period of Object.keys(PERIODS) as (keyof RetentionPolicy)[]) {
    const seen = new Set<string>();
    for (const date of past) {
      const key = PERIODS[period](date);
      if (seen.has(key)) continue;
      if (seen.size >= policy[period]) break;
      seen.add(key);
      keep.add(date);
    }
  }
  return [...keep].sort((a, b) => b.getTime() - a.getTime());
}
