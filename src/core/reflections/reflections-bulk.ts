import type { PartnerId } from '../../shared/basics';
import { ConflictAnswers, ForgivenessAnswers, type ForgivenessDecision } from '../../shared/reflections';
import type { Db } from '../db/database';
import { findReflection, insertCheckBack, putReflection, writeAnswers, type ReflectionStamps } from './reflection-repository';
import { indexReflection } from './reflection-search';
import { putSide } from './side-repository';

type BulkCommon = { id: string; title: string } & ReflectionStamps;

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
 * reflection's check-backs), then its search entry through the same `indexReflection` the service calls. Answers go
 * through the same schemas as in the service, so they are stored exactly as a save stores them. For the benchmark
 * generator and large-vault tests only: every id must be new.
 */
export function insertReflectionsBulk(db: Db, reflections: readonly BulkReflection[]): void {
  db.transaction(() => {
    for (const r of reflections) {
      const row = (author: PartnerId | 'both', answers: string) => putReflection(db, { ...r, author, answers }, false);
      if (r.type === 'aftermath') {
        row('both', '{}');
        for (const partner of ['a', 'b'] as const) putSide(db, r.id, partner, r.sides[partner]);
      } else if (r.type === 'conflict') {
        row(r.author, writeAnswers(ConflictAnswers, r.answers));
      } else {
        row(r.author, writeAnswers(ForgivenessAnswers, r.answers));
        for (const c of r.checkBacks) insertCheckBack(db, r.id, c);
      }
      indexReflection(db, findReflection(db, r.id)!);
    }
  })();
}
