import { Cadence } from '../../shared/checkins';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { systemTimeZone } from './schedule';

const KEY = 'checkins.cadence';

/** The couple's chosen rhythm, or null before they choose one. */
export function readCadence(db: Db): Cadence | null {
  const row = sql<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(KEY);
  if (!row) return null;
  const parsed = Cadence.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

export function writeCadence(db: Db, cadence: Cadence, now: string): void {
  sql(db, 'INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(KEY, JSON.stringify(cadence), now);
}

/** The zone the couple's days are counted in: the cadence's, else this computer's. */
export function homeZone(db: Db): string {
  return readCadence(db)?.timeZone ?? systemTimeZone();
}
