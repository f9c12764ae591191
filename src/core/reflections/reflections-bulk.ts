import type { PartnerId } from '../../shared/basics';
import { AftermathAnswers, ConflictAnswers, ForgivenessAnswers, type ForgivenessDecision, type ReflectionStatus } from '../../shared/reflections';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { findReflection, indexReflection, writeAnswers } from './reflection-repository';

interface BulkCommon {
  id: string;
  title: string;
  status: ReflectionStatus;
  eventId: string | null;
  repairEventId: string | null;
  forTherapy: boolean;
  /** 1 when created; each `update` and check-back adds one (an aftermath's side saves count on the side). */
  version: number;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  resolvedAt: string | null;
}

export interface BulkSide {
  /** As `saveSide` takes them; `{}` for a side not written yet. */
  answers: unknown;
  done: boolean;
  /** 1 for a side never saved (then `updatedAt` is null); each save adds one. */
  version: number;
  updatedAt: string | null;
}

export interface BulkCheckBack {
  date: string;
  decision: ForgivenessDecision;
  note: string;
  savedAt: string;
}

export type BulkReflection =
  | (BulkCommon & { type: 'conflict'; author: PartnerId; answers: unknown })
  | (BulkCommon & { type: 'forgiveness'; author: PartnerId; answers: unknown; checkBacks: BulkCheckBack[] })
  | (BulkCommon & { type: 'aftermath'; sides: Record<PartnerId, BulkSide> });

/**
 * Write many reflections in one transaction: the rows `create`, `update`, `saveSide`, `addCheckBack`,
 * `complete` and `resolve` leave behind (the reflection, an aftermath's two sides, a forgiveness
 * reflection's check-backs), then its search entry through the repository's own `indexReflection`. Answers go
 * through the same schemas as in the service, so they are stored exactly as a save stores them. For the benchmark
 * generator and large-vault tests only: every id must be new.
 */
export function insertReflectionsBulk(db: Db, reflections: readonly BulkReflection[]): void {
  const addReflection = sql(
    db,
    `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, for_therapy, version, created_at, updated_at, completed_at, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addSide = sql(db, 'INSERT INTO reflection_sides (reflection_id, partner, answers, done, version, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const addCheckBack = sql(db, 'INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of reflections) {
      const row = (author: string, answers: string) =>
        addReflection.run(
          r.id, r.type, r.title, author, r.status, answers, r.eventId, r.repairEventId, r.forTherapy ? 1 : 0, r.version,
          r.createdAt, r.updatedAt, r.completedAt, r.resolvedAt,
        );
      if (r.type === 'aftermath') {
        row('both', '{}');
        for (const partner of ['a', 'b'] as const) {
          const side = r.sides[partner];
          addSide.run(r.id, partner, writeAnswers(AftermathAnswers, side.answers), side.done ? 1 : 0, side.version, side.updatedAt);
        }
      } else if (r.type === 'conflict') {
        row(r.author, writeAnswers(ConflictAnswers, r.answers));
      } else {
        row(r.author, writeAnswers(ForgivenessAnswers, r.answers));
        for (const c of r.checkBacks) addCheckBack.run(r.id, c.date, c.decision, c.note, c.savedAt);
      }
      indexReflection(db, findReflection(db, r.id)!);
    }
  })();
}
