import { z } from 'zod';
import { Day, PartnerId } from '../../../shared/basics';
import { AppreciationSessionId, AppreciationText } from '../../../shared/appreciations';
import { isoDateTime } from '../../../shared/text';
import type { Db } from '../../db/database';
import { sql } from '../../db/statements';
import { defineSection, sameItem, tally, type Outcome } from '../section';

const AppreciationItem = z.object({
  id: z.uuid(),
  from: PartnerId,
  text: AppreciationText,
  createdAt: isoDateTime,
  /** The local day it was written, in the couple's time zone. */
  createdOn: Day,
});

export const AppreciationSessionItem = z.object({
  id: AppreciationSessionId,
  firstTurn: PartnerId,
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  /** In the order they were shared. */
  appreciations: z.array(AppreciationItem).max(10_000),
});
export type AppreciationSessionItem = z.infer<typeof AppreciationSessionItem>;

type SessionRow = { id: string; first_turn: PartnerId; started_at: string; finished_at: string | null };
type Row = { id: string; session_id: string; from_partner: PartnerId; text: string; created_at: string; created_on: string };

function toItem(db: Db, row: SessionRow): AppreciationSessionItem {
  return {
    id: row.id,
    firstTurn: row.first_turn,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    // The order the session shows them in (rowid breaks a tie); an import inserts them in this order, so it stays.
    appreciations: sql<Row>(db, 'SELECT * FROM appreciations WHERE session_id = ? ORDER BY created_at, rowid')
      .all(row.id)
      .map((a) => ({ id: a.id, from: a.from_partner, text: a.text, createdAt: a.created_at, createdOn: a.created_on })),
  };
}

function merge(db: Db, item: AppreciationSessionItem): Outcome {
  const row = sql<SessionRow>(db, 'SELECT id, first_turn, started_at, finished_at FROM appreciation_sessions WHERE id = ?').get(item.id);
  if (row && sameItem(toItem(db, row), item)) return 'skipped';
  let changed = false;
  if (!row) {
    sql(db, 'INSERT INTO appreciation_sessions (id, first_turn, started_at, finished_at) VALUES (?, ?, ?, ?)').run(item.id, item.firstTurn, item.startedAt, item.finishedAt);
    changed = true;
  } else if (row.finished_at === null && item.finishedAt !== null) {
    sql(db, 'UPDATE appreciation_sessions SET finished_at = ? WHERE id = ?').run(item.finishedAt, item.id);
    changed = true;
  }
  for (const a of item.appreciations) {
    if (sql(db, 'SELECT 1 FROM appreciations WHERE id = ?').get(a.id)) continue; // already here (an id belongs to one session only)
    sql(db, 'INSERT INTO appreciations (id, session_id, from_partner, text, created_at, created_on) VALUES (?, ?, ?, ?, ?, ?)').run(
      a.id, item.id, a.from, a.text, a.createdAt, a.createdOn,
    );
    changed = true;
  }
  if (!changed) return 'skipped';
  return row ? 'updated' : 'added';
}

/**
 * "I appreciate you because…" sessions, each with its appreciations nested. Appreciations are never edited, only
 * added (or removed), and a session only moves from open to finished, so there is no version. Merge: by session
 * id; a new session is added; for one already there, a finish time is taken when the vault's session is still open,
 * and each appreciation not already there (by id) is added. Nothing is deleted, so an appreciation removed in this
 * vault but still in the file comes back. Appreciations are not searchable, so nothing is indexed.
 */
export const appreciations = defineSection<AppreciationSessionItem>({
  name: 'appreciations',
  item: AppreciationSessionItem,
  export: (db) => sql<SessionRow>(db, 'SELECT id, first_turn, started_at, finished_at FROM appreciation_sessions ORDER BY id').all().map((row) => toItem(db, row)),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
