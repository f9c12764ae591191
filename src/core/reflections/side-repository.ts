import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { AftermathAnswers, type AftermathSide } from '../../shared/reflections';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { readAnswers, writeAnswers } from './reflection-repository';

// An aftermath's two sides (`reflection_sides`), one a partner: every statement on them. Each partner saves only
// their own, with its own version.

export function insertSides(db: Db, id: string): void {
  const empty = writeAnswers(AftermathAnswers, {});
  const insert = sql(db, 'INSERT INTO reflection_sides (reflection_id, partner, answers, done, version, updated_at) VALUES (?, ?, ?, 0, 1, NULL)');
  for (const partner of ['a', 'b'] as const) insert.run(id, partner, empty);
}

type SideRow = { partner: PartnerId; answers: string; done: 0 | 1; version: number; updated_at: string | null };

export function sidesOf(db: Db, id: string): Record<PartnerId, AftermathSide> {
  const rows = sql<SideRow>(db, 'SELECT partner, answers, done, version, updated_at FROM reflection_sides WHERE reflection_id = ?').all(id);
  const side = (partner: PartnerId): AftermathSide => {
    const row = rows.find((r) => r.partner === partner);
    if (!row) throw new HearthError('CORRUPT', 'One side of this reflection is missing. Restore a backup, or ask for help before changing it.');
    return { answers: readAnswers(AftermathAnswers, row.answers), done: row.done === 1, version: row.version, updatedAt: row.updated_at };
  };
  return { a: side('a'), b: side('b') };
}

/** A save of one partner's side: its answers, whether it is done, its next version and when. */
export function updateSide(db: Db, id: string, partner: PartnerId, side: { answers: unknown; done: boolean }, version: number, now: string): void {
  sql(db, 'UPDATE reflection_sides SET answers = ?, done = ?, version = ?, updated_at = ? WHERE reflection_id = ? AND partner = ?').run(
    writeAnswers(AftermathAnswers, side.answers), side.done ? 1 : 0, version, now, id, partner,
  );
}

/** Writes a side as it was somewhere else (an import, the benchmark's generator), over the partner's side if there is one. */
export function putSide(db: Db, id: string, partner: PartnerId, side: { answers: unknown; done: boolean; version: number; updatedAt: string | null }): void {
  sql(db, 'INSERT OR REPLACE INTO reflection_sides (reflection_id, partner, answers, done, version, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id, partner, writeAnswers(AftermathAnswers, side.answers), side.done ? 1 : 0, side.version, side.updatedAt,
  );
}

/** A side's version and when it was last saved; undefined when the side is not there. */
export function sideStampOf(db: Db, id: string, partner: PartnerId): { version: number; updatedAt: string | null } | undefined {
  const row = sql<{ version: number; updated_at: string | null }>(db, 'SELECT version, updated_at FROM reflection_sides WHERE reflection_id = ? AND partner = ?').get(
    id,
    partner,
  );
  return row ? { version: row.version, updatedAt: row.updated_at } : undefined;
}
