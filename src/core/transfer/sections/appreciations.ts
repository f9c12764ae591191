import { z } from 'zod';
import { Day, PartnerId } from '../../../shared/basics';
import { AppreciationSessionId, AppreciationText } from '../../../shared/appreciations';
import { isoDateTime } from '../../../shared/text';
import {
  allSessions,
  appreciationsIn,
  findSession,
  finishSession,
  insertAppreciation,
  insertSession,
  sessionOf,
  type StoredSession,
} from '../../appreciations/appreciation-repository';
import type { Db } from '../../db/database';
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

function toItem(db: Db, session: StoredSession): AppreciationSessionItem {
  // The order the session shows them in; an import inserts them in this order, so it stays.
  return { ...session, appreciations: appreciationsIn(db, session.id).map(({ sessionId: _session, ...a }) => a) };
}

function merge(db: Db, item: AppreciationSessionItem): Outcome {
  const row = findSession(db, item.id);
  if (row && sameItem(toItem(db, row), item)) return 'skipped';
  let changed = false;
  if (!row) {
    insertSession(db, item);
    changed = true;
  } else if (row.finishedAt === null && item.finishedAt !== null) {
    finishSession(db, item.id, item.finishedAt);
    changed = true;
  }
  for (const a of item.appreciations) {
    if (sessionOf(db, a.id) !== undefined) continue; // already here (an id belongs to one session only)
    insertAppreciation(db, { ...a, sessionId: item.id });
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
  export: (db) => allSessions(db).map((session) => toItem(db, session)),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
