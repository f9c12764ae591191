import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  CheckInAnswers,
  type AnswerCheckInInput,
  type CadenceInput,
  type CheckIn,
  type CheckInPage,
  type CheckInSchedule,
  type CheckInSide,
  type CheckInStreaks,
  type ListCheckInsInput,
  type StartCheckInInput,
  CHECKIN_QUESTIONS,
  DEFAULT_CADENCE,
} from '../../shared/checkins';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { createSession, deleteSessionIfEmpty } from '../appreciations/appreciation-service';
import { indexEntry } from '../search/search-index';
import type { VaultService } from '../vaults/vault-service';
import { homeZone, readCadence, writeCadence } from './cadence';
import { localDate, nextDue, streaks, systemTimeZone, type CadenceRule } from './schedule';

type Answer = z.output<typeof AnswerCheckInInput>;
type Start = z.output<typeof StartCheckInInput>;
type ListInput = z.output<typeof ListCheckInsInput>;
type SetCadence = z.output<typeof CadenceInput>;

interface CheckInRow {
  id: string;
  status: 'open' | 'complete';
  started_at: string;
  completed_at: string | null;
  completed_on: string | null;
  appreciation_session_id: string | null;
}

interface AnswerRow {
  partner: PartnerId;
  answers: string;
  rating: number | null;
  hidden: 0 | 1;
  submitted_at: string | null;
  updated_at: string;
}

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/**
 * A check-in's entry in the search index, titled with the day it was completed. Only a complete check-in is
 * indexed: until both partners have submitted, nothing of it (hidden or not) enters the index.
 */
export function indexCheckIn(db: Db, id: string): void {
  const row = sql<{ status: string; completed_on: string | null }>(db, 'SELECT status, completed_on FROM checkins WHERE id = ?').get(id);
  if (row?.status !== 'complete') return;
  const text = sql<{ answers: string }>(db, 'SELECT answers FROM checkin_answers WHERE checkin_id = ? ORDER BY partner')
    .all(id)
    .flatMap((side) => {
      const answers = CheckInAnswers.parse(JSON.parse(side.answers));
      return CHECKIN_QUESTIONS.map((q) => answers[q.id]).filter(Boolean);
    });
  indexEntry(db, 'checkin', id, `Check-in, ${row.completed_on}`, text.join('\n'));
}

/**
 * Relationship check-ins: the rhythm, the turn-taking, and the history. A side marked hidden is
 * never read out (nor indexed for search) until both partners have submitted.
 */
export class CheckInService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  get #db(): Db {
    return this.#vaults.requireUnlocked().db;
  }

  #now(): Date {
    return this.#vaults.clock.now();
  }

  schedule(): CheckInSchedule {
    const db = this.#db;
    const cadence = readCadence(db);
    const last = this.#lastCompletedAt(db);
    if (!cadence) return { cadence: null, nextDueAt: null, overdue: false, lastCompletedAt: last };
    const due = nextDue(cadence, last === null ? null : Date.parse(last));
    return { cadence, nextDueAt: new Date(due).toISOString(), overdue: this.#now().getTime() > due, lastCompletedAt: last };
  }

  setCadence(input: SetCadence): CheckInSchedule {
    const db = this.#db;
    const previous = readCadence(db);
    const now = this.#now().toISOString();
    // The rhythm restarts only when its timing changes; toggling a notification keeps the fortnight.
    const sameRhythm =
      previous && previous.every === input.every && previous.weekday === input.weekday && previous.time === input.time && previous.timeZone === input.timeZone;
    writeCadence(db, { ...input, since: sameRhythm ? previous.since : now }, now);
    return this.schedule();
  }

  streaks(): CheckInStreaks {
    const db = this.#db;
    const done = sql<{ completed_at: string }>(db, "SELECT completed_at FROM checkins WHERE status = 'complete' ORDER BY completed_at")
      .all()
      .map((r) => Date.parse(r.completed_at));
    const { current, longest } = streaks(this.#rule(db), done, this.#now().getTime());
    return { currentStreak: current, longestStreak: longest, totalCompleted: done.length };
  }

  start(input: Start): CheckIn {
    const db = this.#db;
    const id = randomUUID();
    db.transaction(() => {
      if (this.#openId(db)) throw new HearthError('CONFLICT', 'A check-in is already open. Finish it or set it aside first.');
      const sessionId = input.withAppreciations ? createSession(db, input.firstTurn, this.#now().toISOString()) : null;
      sql(db, "INSERT INTO checkins (id, status, started_at, appreciation_session_id) VALUES (?, 'open', ?, ?)").run(id, this.#now().toISOString(), sessionId);
    })();
    return this.get(id);
  }

  /** The check-in in progress, if there is one. */
  current(): CheckIn | null {
    const id = this.#openId(this.#db);
    return id ? this.get(id) : null;
  }

  get(id: string): CheckIn {
    return this.#toCheckIn(this.#db, this.#require(id));
  }

  answer(input: Answer): CheckIn {
    const db = this.#db;
    db.transaction(() => {
      this.#requireOpen(input.id);
      const side = this.#side(db, input.id, input.partner);
      if (side?.submitted_at) throw new HearthError('CONFLICT', 'These answers are already in. They can be read together once you have both finished.');
      sql(
        db,
        `INSERT INTO checkin_answers (checkin_id, partner, answers, rating, hidden, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?)
         ON CONFLICT (checkin_id, partner) DO UPDATE SET answers = excluded.answers, rating = excluded.rating, hidden = excluded.hidden, updated_at = excluded.updated_at`,
      ).run(input.id, input.partner, JSON.stringify(input.answers), input.rating, input.hidden ? 1 : 0, this.#now().toISOString());
    })();
    return this.get(input.id);
  }

  submit(id: string, partner: PartnerId): CheckIn {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(id);
      const side = this.#side(db, id, partner);
      if (row.status === 'complete' || side?.submitted_at) return;
      if (!side || side.rating === null) {
        throw new HearthError('VALIDATION', 'Choose how connected you feel, from 1 to 10, before you finish.', { field: 'rating' });
      }
      const now = this.#now();
      sql(db, 'UPDATE checkin_answers SET submitted_at = ? WHERE checkin_id = ? AND partner = ?').run(now.toISOString(), id, partner);
      const other = this.#side(db, id, partner === 'a' ? 'b' : 'a');
      if (other?.submitted_at) this.#complete(db, id, now);
    })();
    return this.get(id);
  }

  /** Set aside an open check-in; its answers are deleted. Appreciations already shared are kept. */
  discard(id: string): void {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#requireOpen(id);
      sql(db, 'DELETE FROM checkins WHERE id = ?').run(id);
      if (row.appreciation_session_id) deleteSessionIfEmpty(db, row.appreciation_session_id);
    })();
  }

  list(input: ListInput): CheckInPage {
    const db = this.#db;
    const { after, limit } = input;
    const rows = after
      ? sql<CheckInRow>(
          db,
          `SELECT * FROM checkins WHERE status = 'complete' AND (completed_at, id) < (?, ?) ORDER BY completed_at DESC, id DESC LIMIT ?`,
        ).all(after.completedAt, after.id, limit + 1)
      : sql<CheckInRow>(db, `SELECT * FROM checkins WHERE status = 'complete' ORDER BY completed_at DESC, id DESC LIMIT ?`).all(limit + 1);
    const items = rows.slice(0, limit).map((r) => this.#toCheckIn(db, r));
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { completedAt: last.completedAt!, id: last.id } : null };
  }

  /** Local completion days for search hits (open check-ins are never indexed). */
  datesOf(ids: string[]): Map<string, string> {
    const get = sql<{ completed_on: string | null }>(this.#db, 'SELECT completed_on FROM checkins WHERE id = ?');
    return new Map(ids.map((id) => [id, get.get(id)?.completed_on ?? '']));
  }

  #complete(db: Db, id: string, now: Date): void {
    const day = localDate(now.getTime(), homeZone(db));
    sql(db, "UPDATE checkins SET status = 'complete', completed_at = ?, completed_on = ? WHERE id = ?").run(now.toISOString(), day, id);
    indexCheckIn(db, id);
  }

  #rule(db: Db): CadenceRule {
    const cadence = readCadence(db);
    if (cadence) return cadence;
    // Before a rhythm is chosen, streaks count the default: weekly.
    return { ...DEFAULT_CADENCE, timeZone: systemTimeZone(), since: new Date(0).toISOString() };
  }

  #lastCompletedAt(db: Db): string | null {
    return sql<{ at: string | null }>(db, "SELECT max(completed_at) AS at FROM checkins WHERE status = 'complete'").get()?.at ?? null;
  }

  #openId(db: Db): string | null {
    return sql<{ id: string }>(db, "SELECT id FROM checkins WHERE status = 'open'").get()?.id ?? null;
  }

  #side(db: Db, id: string, partner: PartnerId): AnswerRow | undefined {
    return sql<AnswerRow>(db, 'SELECT partner, answers, rating, hidden, submitted_at, updated_at FROM checkin_answers WHERE checkin_id = ? AND partner = ?').get(id, partner);
  }

  #require(id: string): CheckInRow {
    const row = sql<CheckInRow>(this.#db, 'SELECT * FROM checkins WHERE id = ?').get(id);
    if (!row) throw new HearthError('NOT_FOUND', 'That check-in is not there any more.');
    return row;
  }

  #requireOpen(id: string): CheckInRow {
    const row = this.#require(id);
    if (row.status !== 'open') throw new HearthError('CONFLICT', 'This check-in is finished; it stays in your history as it was.');
    return row;
  }

  #toCheckIn(db: Db, row: CheckInRow): CheckIn {
    const revealed = row.status === 'complete';
    const sides = PARTNERS.map((partner): CheckInSide => {
      const side = this.#side(db, row.id, partner);
      if (!side) return { partner, started: false, submitted: false, hidden: false, answers: null, rating: null, updatedAt: null };
      const hidden = side.hidden === 1;
      const visible = revealed || !hidden;
      return {
        partner,
        started: true,
        submitted: side.submitted_at !== null,
        hidden,
        answers: visible ? CheckInAnswers.parse(JSON.parse(side.answers)) : null,
        rating: visible ? side.rating : null,
        updatedAt: side.updated_at,
      };
    });
    return {
      id: row.id,
      status: row.status,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      completedOn: row.completed_on,
      appreciationSessionId: row.appreciation_session_id,
      sides,
    };
  }
}
