import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { AftermathAnswers, ConflictAnswers, ForgivenessAnswers, type AddCheckBackInput, type ListReflectionsInput, type NewReflectionInput, type Reflection, type ReflectionPage, type SaveSideInput, type UpdateReflectionInput } from '../../shared/reflections';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { removeEntry } from '../search/search-index';
import { findEvent } from '../timeline/timeline-repository';
import type { VaultService } from '../vaults/vault-service';
import {
  checkBacksOf,
  findReflection,
  indexReflection,
  insertReflection,
  insertSides,
  liveEventOf,
  readAnswers,
  sidesOf,
  SUMMARY_COLUMNS,
  toSummary,
  writeAnswers,
  type ReflectionRow,
  type SummaryRow,
} from './reflection-repository';

type ListInput = z.output<typeof ListReflectionsInput>;
type NewReflection = z.output<typeof NewReflectionInput>;
type UpdateReflection = z.output<typeof UpdateReflectionInput>;
type SaveSide = z.output<typeof SaveSideInput>;
type AddCheckBack = z.output<typeof AddCheckBackInput>;

const STALE = 'This reflection was saved again since you opened it. Your words are kept as a draft; reopen it to see both.';
const STALE_SIDE = 'Your side was saved again since you opened it. Your words are kept as a draft; reopen it to see both.';

/** Conflict, aftermath and forgiveness reflections: their answers, status, links and check-backs. */
export class ReflectionService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  get #db(): Db {
    return this.#vaults.requireUnlocked().db;
  }

  #now(): string {
    return this.#vaults.clock.now().toISOString();
  }

  list(input: ListInput): ReflectionPage {
    const { after, limit, filter } = input;
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.types?.length) {
      where.push(`r.type IN (${filter.types.map(() => '?').join(', ')})`);
      params.push(...filter.types);
    }
    if (filter.statuses?.length) {
      where.push(`r.status IN (${filter.statuses.map(() => '?').join(', ')})`);
      params.push(...filter.statuses);
    }
    if (filter.partner) {
      where.push('r.author IN (?, ?)');
      params.push(filter.partner, 'both');
    }
    if (filter.from) {
      where.push('substr(r.updated_at, 1, 10) >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('substr(r.created_at, 1, 10) <= ?');
      params.push(filter.to);
    }
    if (filter.forTherapy !== undefined) {
      where.push('r.for_therapy = ?');
      params.push(filter.forTherapy ? 1 : 0);
    }
    if (after) {
      where.push('(r.updated_at, r.id) < (?, ?)');
      params.push(after.updatedAt, after.id);
    }
    // Only fixed fragments are joined here; every value is bound.
    const rows = sql<SummaryRow>(
      this.#db,
      `SELECT ${SUMMARY_COLUMNS} FROM reflections r
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.updated_at DESC, r.id DESC LIMIT ?`,
    ).all(...params, limit + 1);
    const items = rows.slice(0, limit).map(toSummary);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { updatedAt: last.updatedAt, id: last.id } : null };
  }

  get(id: string): Reflection {
    return this.#toReflection(this.#require(id));
  }

  create(input: NewReflection): Reflection {
    const db = this.#db;
    const id = randomUUID();
    db.transaction(() => {
      if (input.eventId) this.#requireLiveEvent(input.eventId);
      const base = { id, type: input.type, title: input.title, event_id: input.eventId, for_therapy: input.forTherapy ? 1 : 0 } as const;
      if (input.type === 'aftermath') {
        insertReflection(db, { ...base, author: 'both', answers: '{}' }, this.#now());
        insertSides(db, id);
      } else {
        const schema = input.type === 'conflict' ? ConflictAnswers : ForgivenessAnswers;
        insertReflection(db, { ...base, author: input.author, answers: writeAnswers(schema, input.answers) }, this.#now());
      }
      this.#index(db, id);
    })();
    return this.get(id);
  }

  update(input: UpdateReflection): Reflection {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(input.id);
      if (row.type !== input.type) throw new HearthError('VALIDATION', `This is a ${row.type} reflection; it cannot be saved as a ${input.type} one.`);
      if (row.version !== input.expectedVersion) throw new HearthError('CONFLICT', STALE);
      const now = this.#now();
      if (input.type === 'aftermath') {
        sql(db, 'UPDATE reflections SET title = ?, version = ?, updated_at = ? WHERE id = ?').run(input.title, row.version + 1, now, row.id);
      } else {
        const schema = input.type === 'conflict' ? ConflictAnswers : ForgivenessAnswers;
        sql(db, 'UPDATE reflections SET title = ?, author = ?, answers = ?, version = ?, updated_at = ? WHERE id = ?').run(
          input.title, input.author, writeAnswers(schema, input.answers), row.version + 1, now, row.id,
        );
      }
      this.#index(db, row.id);
    })();
    return this.get(input.id);
  }

  /** One partner's side of an aftermath; the other side's row is never written. */
  saveSide(input: SaveSide): Reflection {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#requireType(input.id, 'aftermath');
      const side = sidesOf(db, row.id)[input.partner];
      if (side.version !== input.expectedVersion) throw new HearthError('CONFLICT', STALE_SIDE);
      const now = this.#now();
      const done = input.done ?? side.done;
      sql(db, 'UPDATE reflection_sides SET answers = ?, done = ?, version = ?, updated_at = ? WHERE reflection_id = ? AND partner = ?').run(
        writeAnswers(AftermathAnswers, input.side), done ? 1 : 0, side.version + 1, now, row.id, input.partner,
      );
      this.#touch(db, row.id, now);
      this.#index(db, row.id);
    })();
    return this.get(input.id);
  }

  /** Draft → complete. An aftermath is complete once both partners have finished their side. */
  complete(id: string): Reflection {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(id);
      if (row.status !== 'draft') return;
      if (row.type === 'aftermath') {
        const sides = sidesOf(db, id);
        if (!sides.a.done || !sides.b.done) throw new HearthError('CONFLICT', 'Each of you finishes your own side first; then it can be marked complete.');
      }
      const now = this.#now();
      sql(db, "UPDATE reflections SET status = 'complete', completed_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
    })();
    return this.get(id);
  }

  /** Resolved, optionally by a repair on the timeline. */
  resolve(id: string, repairEventId: string | null): Reflection {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(id);
      if (repairEventId) this.#requireLiveEvent(repairEventId);
      const now = this.#now();
      sql(
        db,
        `UPDATE reflections SET status = 'resolved', completed_at = coalesce(completed_at, ?), resolved_at = coalesce(resolved_at, ?),
                repair_event_id = coalesce(?, repair_event_id), updated_at = ? WHERE id = ?`,
      ).run(now, now, repairEventId, now, row.id);
    })();
    return this.get(id);
  }

  /** Back to a draft, to go on writing; the repair link is set again when it is resolved again. */
  reopen(id: string): Reflection {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(id);
      if (row.status === 'draft') return;
      sql(db, "UPDATE reflections SET status = 'draft', completed_at = NULL, resolved_at = NULL, repair_event_id = NULL, updated_at = ? WHERE id = ?").run(
        this.#now(),
        id,
      );
    })();
    return this.get(id);
  }

  /** A dated check-back on a forgiveness reflection; it also records where the writer is now. */
  addCheckBack(input: AddCheckBack): Reflection {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#requireType(input.id, 'forgiveness');
      const now = this.#now();
      const answers = { ...readAnswers(ForgivenessAnswers, row.answers), decision: input.decision };
      sql(db, 'INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES (?, ?, ?, ?, ?)').run(
        row.id, input.date ?? now.slice(0, 10), input.decision, input.note, now,
      );
      sql(db, 'UPDATE reflections SET answers = ?, version = ?, updated_at = ? WHERE id = ?').run(
        writeAnswers(ForgivenessAnswers, answers), row.version + 1, now, row.id,
      );
      this.#index(db, row.id);
    })();
    return this.get(input.id);
  }

  setForTherapy(id: string, forTherapy: boolean): Reflection {
    this.#require(id);
    sql(this.#db, 'UPDATE reflections SET for_therapy = ?, updated_at = ? WHERE id = ?').run(forTherapy ? 1 : 0, this.#now(), id);
    return this.get(id);
  }

  /** Link the hard moment on the timeline this reflection is about, or unlink it with null. */
  linkEvent(id: string, eventId: string | null): Reflection {
    const db = this.#db;
    db.transaction(() => {
      this.#require(id);
      if (eventId) this.#requireLiveEvent(eventId);
      sql(db, 'UPDATE reflections SET event_id = ?, updated_at = ? WHERE id = ?').run(eventId, this.#now(), id);
    })();
    return this.get(id);
  }

  /** Gone for good, with its sides, check-backs, search entry and drafts; secure_delete overwrites the freed pages. */
  remove(id: string): void {
    const db = this.#db;
    db.transaction(() => {
      this.#require(id);
      removeEntry(db, 'reflection', id);
      sql(db, 'DELETE FROM reflections WHERE id = ?').run(id);
      // `reflection:<id>` for the form, `reflection:<id>-a` / `-b` for each side of an aftermath.
      sql(db, 'DELETE FROM drafts WHERE key = ? OR key GLOB ?').run(`reflection:${id}`, `reflection:${id}-*`);
    })();
  }

  /** The day each search hit was begun. */
  datesOf(ids: string[]): Map<string, string> {
    const get = sql<{ created_at: string }>(this.#db, 'SELECT created_at FROM reflections WHERE id = ?');
    return new Map(ids.map((id) => [id, get.get(id)?.created_at.slice(0, 10) ?? '']));
  }

  #touch(db: Db, id: string, now: string): void {
    sql(db, 'UPDATE reflections SET updated_at = ? WHERE id = ?').run(now, id);
  }

  #index(db: Db, id: string): void {
    indexReflection(db, this.#require(id));
  }

  #require(id: string): ReflectionRow {
    const row = findReflection(this.#db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That reflection is not there any more.');
    return row;
  }

  #requireType(id: string, type: ReflectionRow['type']): ReflectionRow {
    const row = this.#require(id);
    if (row.type !== type) throw new HearthError('VALIDATION', `This is a ${row.type} reflection, not a ${type} one.`);
    return row;
  }

  #requireLiveEvent(eventId: string): void {
    const event = findEvent(this.#db, eventId);
    if (!event) throw new HearthError('NOT_FOUND', 'That timeline entry is not there any more.');
    if (event.deleted_at) throw new HearthError('CONFLICT', 'That timeline entry is in the trash. Restore it first.');
  }

  #toReflection(row: ReflectionRow): Reflection {
    const db = this.#db;
    const common = {
      id: row.id,
      title: row.title,
      status: row.status,
      eventId: row.event_id,
      repairEventId: row.repair_event_id,
      event: liveEventOf(db, row.event_id),
      repairEvent: liveEventOf(db, row.repair_event_id),
      forTherapy: row.for_therapy === 1,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      completedAt: row.completed_at,
      resolvedAt: row.resolved_at,
    };
    const author = row.author as PartnerId;
    switch (row.type) {
      case 'conflict':
        return { ...common, type: 'conflict', author, answers: readAnswers(ConflictAnswers, row.answers) };
      case 'forgiveness':
        return { ...common, type: 'forgiveness', author, answers: readAnswers(ForgivenessAnswers, row.answers), checkBacks: checkBacksOf(db, row.id) };
      case 'aftermath': {
        const sides = sidesOf(db, row.id);
        return { ...common, type: 'aftermath', author: 'both', sides, bothDone: sides.a.done && sides.b.done };
      }
    }
  }
}
