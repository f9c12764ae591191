import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { ConflictAnswers, ForgivenessAnswers, type AddCheckBackInput, type ListReflectionsInput, type NewReflectionInput, type Reflection, type ReflectionPage, type SaveSideInput, type UpdateReflectionInput } from '../../shared/reflections';
import type { Db } from '../db/database';
import { findEvent, liveEventLink } from '../timeline/timeline-repository';
import { findCheckIn } from '../checkins/checkin-repository';
import { AreaService } from '../area-service';
import {
  beganOn,
  checkBacksOf,
  deleteReflection,
  findReflection,
  insertCheckBack,
  insertReflection,
  markComplete,
  markDraft,
  markResolved,
  readAnswers,
  updateEvent,
  updateForTherapy,
  stampsOf,
  summaryPage,
  touch,
  updateAnswers,
  updateReflection,
  writeAnswers,
  type ReflectionRow,
} from './reflection-repository';
import { indexReflection } from './reflection-search';
import { insertSides, sidesOf, updateSide } from './side-repository';

type ListInput = z.output<typeof ListReflectionsInput>;
type NewReflection = z.output<typeof NewReflectionInput>;
type UpdateReflection = z.output<typeof UpdateReflectionInput>;
type SaveSide = z.output<typeof SaveSideInput>;
type AddCheckBack = z.output<typeof AddCheckBackInput>;

const STALE = 'This reflection was saved again since you opened it. Your words are kept as a draft; reopen it to see both.';
const STALE_SIDE = 'Your side was saved again since you opened it. Your words are kept as a draft; reopen it to see both.';

/** Conflict, aftermath and forgiveness reflections: their answers, status, links and check-backs. */
export class ReflectionService extends AreaService {
  list(input: ListInput): ReflectionPage {
    const { limit, ...rest } = input;
    const rows = summaryPage(this.db, rest, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { updatedAt: last.updatedAt, id: last.id } : null };
  }

  get(id: string): Reflection {
    return this.#toReflection(this.#require(id));
  }

  create(input: NewReflection): Reflection {
    const db = this.db;
    const id = randomUUID();
    db.transaction(() => {
      if (input.eventId) this.#requireLiveEvent(input.eventId);
      const checkinId = input.type === 'forgiveness' ? null : input.checkinId;
      if (checkinId && !findCheckIn(db, checkinId)) throw new HearthError('NOT_FOUND', 'That check-in is not there any more.');
      const base = { id, type: input.type, title: input.title, event_id: input.eventId, checkin_id: checkinId, for_therapy: input.forTherapy ? 1 : 0 } as const;
      if (input.type === 'aftermath') {
        insertReflection(db, { ...base, author: 'both', answers: '{}' }, this.timestamp());
        insertSides(db, id);
      } else {
        const schema = input.type === 'conflict' ? ConflictAnswers : ForgivenessAnswers;
        insertReflection(db, { ...base, author: input.author, answers: writeAnswers(schema, input.answers) }, this.timestamp());
      }
      this.#index(db, id);
    })();
    return this.get(id);
  }

  update(input: UpdateReflection): Reflection {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(input.id);
      if (row.type !== input.type) throw new HearthError('VALIDATION', `This is a ${row.type} reflection; it cannot be saved as a ${input.type} one.`);
      if (row.version !== input.expectedVersion) throw new HearthError('CONFLICT', STALE);
      const now = this.timestamp();
      if (input.type === 'aftermath') {
        updateReflection(db, row.id, { title: input.title }, row.version + 1, now);
      } else {
        const schema = input.type === 'conflict' ? ConflictAnswers : ForgivenessAnswers;
        updateReflection(db, row.id, { title: input.title, author: input.author, answers: writeAnswers(schema, input.answers) }, row.version + 1, now);
      }
      this.#index(db, row.id);
    })();
    return this.get(input.id);
  }

  /** One partner's side of an aftermath; the other side's row is never written. */
  saveSide(input: SaveSide): Reflection {
    const db = this.db;
    db.transaction(() => {
      const row = this.#requireType(input.id, 'aftermath');
      const side = sidesOf(db, row.id)[input.partner];
      if (side.version !== input.expectedVersion) throw new HearthError('CONFLICT', STALE_SIDE);
      const now = this.timestamp();
      const done = input.done ?? side.done;
      updateSide(db, row.id, input.partner, { answers: input.side, done }, side.version + 1, now);
      touch(db, row.id, now);
      this.#index(db, row.id);
    })();
    return this.get(input.id);
  }

  /** Draft → complete. An aftermath is complete once both partners have finished their side. */
  complete(id: string): Reflection {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(id);
      if (row.status !== 'draft') return;
      if (row.type === 'aftermath') {
        const sides = sidesOf(db, id);
        if (!sides.a.done || !sides.b.done) throw new HearthError('CONFLICT', 'Each of you finishes your own side first; then it can be marked complete.');
      }
      markComplete(db, id, this.timestamp());
    })();
    return this.get(id);
  }

  /** Resolved, optionally by a repair on the timeline. */
  resolve(id: string, repairEventId: string | null): Reflection {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(id);
      if (repairEventId) this.#requireLiveEvent(repairEventId);
      markResolved(db, row.id, repairEventId, this.timestamp());
    })();
    return this.get(id);
  }

  /** Back to a draft, to go on writing; the repair link is set again when it is resolved again. */
  reopen(id: string): Reflection {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(id);
      if (row.status === 'draft') return;
      markDraft(db, id, this.timestamp());
    })();
    return this.get(id);
  }

  /** A dated check-back on a forgiveness reflection; it also records where the writer is now. */
  addCheckBack(input: AddCheckBack): Reflection {
    const db = this.db;
    db.transaction(() => {
      const row = this.#requireType(input.id, 'forgiveness');
      const now = this.timestamp();
      const answers = { ...readAnswers(ForgivenessAnswers, row.answers), decision: input.decision };
      insertCheckBack(db, row.id, { date: input.date ?? now.slice(0, 10), decision: input.decision, note: input.note, savedAt: now });
      updateAnswers(db, row.id, writeAnswers(ForgivenessAnswers, answers), row.version + 1, now);
      this.#index(db, row.id);
    })();
    return this.get(input.id);
  }

  setForTherapy(id: string, forTherapy: boolean): Reflection {
    this.#require(id);
    updateForTherapy(this.db, id, forTherapy, this.timestamp());
    return this.get(id);
  }

  /** Link the hard moment on the timeline this reflection is about, or unlink it with null. */
  linkEvent(id: string, eventId: string | null): Reflection {
    const db = this.db;
    db.transaction(() => {
      this.#require(id);
      if (eventId) this.#requireLiveEvent(eventId);
      updateEvent(db, id, eventId, this.timestamp());
    })();
    return this.get(id);
  }

  /** Gone for good, with its sides, check-backs, search entry and drafts; secure_delete overwrites the freed pages. */
  remove(id: string): void {
    const db = this.db;
    db.transaction(() => {
      this.#require(id);
      deleteReflection(db, id);
    })();
  }

  /** The day each search hit was begun. */
  datesOf(ids: string[]): Map<string, string> {
    return beganOn(this.db, ids);
  }

  #index(db: Db, id: string): void {
    indexReflection(db, this.#require(id));
  }

  #require(id: string): ReflectionRow {
    const row = findReflection(this.db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That reflection is not there any more.');
    return row;
  }

  #requireType(id: string, type: ReflectionRow['type']): ReflectionRow {
    const row = this.#require(id);
    if (row.type !== type) throw new HearthError('VALIDATION', `This is a ${row.type} reflection, not a ${type} one.`);
    return row;
  }

  #requireLiveEvent(eventId: string): void {
    const event = findEvent(this.db, eventId);
    if (!event) throw new HearthError('NOT_FOUND', 'That timeline entry is not there any more.');
    if (event.deleted_at) throw new HearthError('CONFLICT', 'That timeline entry is in the trash. Restore it first.');
  }

  #toReflection(row: ReflectionRow): Reflection {
    const db = this.db;
    const common = { id: row.id, title: row.title, ...stampsOf(row), event: liveEventLink(db, row.event_id), repairEvent: liveEventLink(db, row.repair_event_id) };
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
