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
  type FollowUpInput,
  type ListCheckInsInput,
  type StartCheckInInput,
} from '../../shared/checkins';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import type { Db } from '../db/database';
import { createSession, deleteSessionIfEmpty } from '../appreciations/appreciation-repository';
import { AreaService } from '../area-service';
import { homeZone, readCadence, writeCadence } from './cadence';
import {
  completeCheckIn,
  completedPage,
  completionDaysOf,
  deleteCheckIn,
  findCheckIn,
  indexCheckIn,
  insertCheckIn,
  lastCompletedAt,
  lastStartedAt,
  openCheckInId,
  readCheckInAnswers,
  saveAnswers,
  sideOf,
  submitSide,
  type StoredCheckIn,
} from './checkin-repository';
import { localDate, nextDue } from './schedule';
import { followUpsOf, insertFollowUps, plansToBringUp, saveFollowUp } from './follow-up-repository';
import { reflectionsBegunFrom } from '../reflections/reflection-repository';

type Answer = z.output<typeof AnswerCheckInInput>;
type Start = z.output<typeof StartCheckInInput>;
type ListInput = z.output<typeof ListCheckInsInput>;
type SetCadence = z.output<typeof CadenceInput>;
type FollowUpAnswer = z.output<typeof FollowUpInput>;

/** The first check-in brings up the plans of the last few weeks; each one after, those since the one before. */
const FIRST_LOOK_BACK_MS = 8 * 7 * 24 * 60 * 60 * 1000;

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/**
 * Relationship check-ins: the rhythm, the turn-taking, and the history. Done apart, each partner submits their own
 * side, and a side marked hidden is never read out (nor indexed for search) until both partners have submitted.
 * Done together, each side holds that partner's notes, never hidden, and `finish` hands in both at once.
 */
export class CheckInService extends AreaService {
  schedule(): CheckInSchedule {
    const db = this.db;
    const cadence = readCadence(db);
    const last = lastCompletedAt(db);
    if (!cadence) return { cadence: null, nextDueAt: null, overdue: false, lastCompletedAt: last };
    const due = nextDue(cadence, last === null ? null : Date.parse(last));
    return { cadence, nextDueAt: new Date(due).toISOString(), overdue: this.now().getTime() > due, lastCompletedAt: last };
  }

  setCadence(input: SetCadence): CheckInSchedule {
    const db = this.db;
    const previous = readCadence(db);
    const now = this.now().toISOString();
    // The rhythm restarts only when its timing changes; toggling a notification keeps the fortnight.
    const sameRhythm =
      previous && previous.every === input.every && previous.weekday === input.weekday && previous.time === input.time && previous.timeZone === input.timeZone;
    writeCadence(db, { ...input, since: sameRhythm ? previous.since : now }, now);
    return this.schedule();
  }

  start(input: Start): CheckIn {
    const db = this.db;
    const id = randomUUID();
    db.transaction(() => {
      if (openCheckInId(db)) throw new HearthError('CONFLICT', 'A check-in is already open. Finish it or set it aside first.');
      const sessionId = input.withAppreciations ? createSession(db, input.firstTurn, this.now().toISOString()) : null;
      insertCheckIn(db, {
        id,
        status: 'open',
        startedAt: this.now().toISOString(),
        completedAt: null,
        completedOn: null,
        appreciationSessionId: sessionId,
        mode: input.mode,
        firstTurn: input.mode === 'together' ? input.firstTurn : null,
      });
      const since = lastStartedAt(db) ?? new Date(this.now().getTime() - FIRST_LOOK_BACK_MS).toISOString();
      insertFollowUps(db, id, plansToBringUp(db, since));
    })();
    return this.get(id);
  }

  /** The check-in in progress, if there is one. */
  current(): CheckIn | null {
    const id = openCheckInId(this.db);
    return id ? this.get(id) : null;
  }

  get(id: string): CheckIn {
    return this.#toCheckIn(this.db, this.#require(id));
  }

  answer(input: Answer): CheckIn {
    const db = this.db;
    db.transaction(() => {
      const row = this.#requireOpen(input.id);
      if (row.mode === 'together' && input.hidden) throw new HearthError('CONFLICT', 'In a check-in you do together, your notes are shared as you write them; nothing is hidden.');
      const side = sideOf(db, input.id, input.partner);
      if (side?.submittedAt) throw new HearthError('CONFLICT', 'These answers are already in. They can be read together once you have both finished.');
      saveAnswers(db, input.id, input, this.now().toISOString());
    })();
    return this.get(input.id);
  }

  submit(id: string, partner: PartnerId): CheckIn {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(id);
      if (row.mode === 'together') throw new HearthError('CONFLICT', 'A check-in you do together is finished for you both at once.');
      const side = sideOf(db, id, partner);
      if (row.status === 'complete' || side?.submittedAt) return;
      // Every answer and the rating are optional; a side can be handed in as it is, even blank.
      if (!side) saveAnswers(db, id, { partner, answers: CheckInAnswers.parse({}), rating: null, hidden: false }, this.now().toISOString());
      const now = this.now();
      submitSide(db, id, partner, now.toISOString());
      const other = sideOf(db, id, partner === 'a' ? 'b' : 'a');
      if (other?.submittedAt) this.#complete(db, id, now);
    })();
    return this.get(id);
  }

  /**
   * Finish a check-in done together, both sides at once: each is handed in as it is (a partner who noted nothing gets
   * a blank side without a rating), and the check-in is complete. Finishing one already complete changes nothing.
   */
  finish(id: string): CheckIn {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(id);
      if (row.mode !== 'together') throw new HearthError('CONFLICT', 'In a check-in done each on your own, each of you hands in your own answers.');
      if (row.status === 'complete') return;
      const now = this.now();
      for (const partner of PARTNERS) {
        const side = sideOf(db, id, partner);
        if (!side) saveAnswers(db, id, { partner, answers: CheckInAnswers.parse({}), rating: null, hidden: false }, now.toISOString());
        if (!side?.submittedAt) submitSide(db, id, partner, now.toISOString());
      }
      this.#complete(db, id, now);
    })();
    return this.get(id);
  }

  /**
   * How one of the plans this check-in brought up went, answered while it is open (null takes the answer back). A plan
   * answered "not yet" comes up again at the next check-in.
   */
  followUp(input: FollowUpAnswer): CheckIn {
    const db = this.db;
    db.transaction(() => {
      this.#requireOpen(input.id);
      const saved = saveFollowUp(db, input.id, input, { outcome: input.outcome, note: input.note }, this.now().toISOString());
      if (!saved) throw new HearthError('NOT_FOUND', 'That plan is not one this check-in brought up.');
    })();
    return this.get(input.id);
  }

  /** Set aside an open check-in; its answers are deleted. Appreciations already shared are kept. */
  discard(id: string): void {
    const db = this.db;
    db.transaction(() => {
      const row = this.#requireOpen(id);
      deleteCheckIn(db, id);
      if (row.appreciationSessionId) deleteSessionIfEmpty(db, row.appreciationSessionId);
    })();
  }

  list(input: ListInput): CheckInPage {
    const db = this.db;
    const { after, limit } = input;
    const rows = completedPage(db, after, limit + 1);
    const items = rows.slice(0, limit).map((r) => this.#toCheckIn(db, r));
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { completedAt: last.completedAt!, id: last.id } : null };
  }

  /** Local completion days for search hits (open check-ins are never indexed). */
  datesOf(ids: string[]): Map<string, string> {
    return completionDaysOf(this.db, ids);
  }

  #complete(db: Db, id: string, now: Date): void {
    const day = localDate(now.getTime(), homeZone(db));
    completeCheckIn(db, id, now.toISOString(), day);
    indexCheckIn(db, id);
  }

  #require(id: string): StoredCheckIn {
    const row = findCheckIn(this.db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That check-in is not there any more.');
    return row;
  }

  #requireOpen(id: string): StoredCheckIn {
    const row = this.#require(id);
    if (row.status !== 'open') throw new HearthError('CONFLICT', 'This check-in is finished; it stays in your history as it was.');
    return row;
  }

  #toCheckIn(db: Db, row: StoredCheckIn): CheckIn {
    const revealed = row.status === 'complete';
    const sides = PARTNERS.map((partner): CheckInSide => {
      const side = sideOf(db, row.id, partner);
      if (!side) return { partner, started: false, submitted: false, hidden: false, answers: null, rating: null, updatedAt: null };
      const visible = revealed || !side.hidden;
      const answers = visible ? readCheckInAnswers(side.answers) : null;
      return { partner, started: true, submitted: side.submittedAt !== null, hidden: side.hidden, answers, rating: visible ? side.rating : null, updatedAt: side.updatedAt };
    });
    return { ...row, sides, followUps: followUpsOf(db, row.id), begun: reflectionsBegunFrom(db, row.id) };
  }
}
