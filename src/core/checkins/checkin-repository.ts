import { CHECKIN_QUESTIONS, CheckInAnswers, type CheckInMode } from '../../shared/checkins';
import type { PartnerId } from '../../shared/basics';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexEntry } from '../search/search-index';

// The check-in tables: every statement on them, their rows, and each row read once into the shape the app and the
// full export both hold. The cadence lives in `settings` (cadence.ts).

/** A check-in as stored, without its sides. */
export interface StoredCheckIn {
  id: string;
  status: 'open' | 'complete';
  startedAt: string;
  completedAt: string | null;
  /** The local day it was completed, in the couple's time zone. */
  completedOn: string | null;
  appreciationSessionId: string | null;
  /** Each on their own, or together at the screen. */
  mode: CheckInMode;
  /** Done together: who spoke first on the first question; null when done apart. */
  firstTurn: PartnerId | null;
}

/** One partner's side as stored; its answers still the JSON they were written as (`readCheckInAnswers` reads them). */
export interface StoredSide {
  partner: PartnerId;
  answers: string;
  rating: number | null;
  hidden: boolean;
  submittedAt: string | null;
  updatedAt: string;
}

type CheckInRow = {
  id: string;
  status: 'open' | 'complete';
  started_at: string;
  completed_at: string | null;
  completed_on: string | null;
  appreciation_session_id: string | null;
  mode: CheckInMode;
  first_turn: PartnerId | null;
};
type SideRow = { partner: PartnerId; answers: string; rating: number | null; hidden: 0 | 1; submitted_at: string | null; updated_at: string };

const toCheckIn = (r: CheckInRow): StoredCheckIn => ({
  id: r.id,
  status: r.status,
  startedAt: r.started_at,
  completedAt: r.completed_at,
  completedOn: r.completed_on,
  appreciationSessionId: r.appreciation_session_id,
  mode: r.mode,
  firstTurn: r.first_turn,
});
const toSide = (r: SideRow): StoredSide => ({
  partner: r.partner,
  answers: r.answers,
  rating: r.rating,
  hidden: r.hidden === 1,
  submittedAt: r.submitted_at,
  updatedAt: r.updated_at,
});

/** A side's answers, checked against their schema. */
export function readCheckInAnswers(json: string): CheckInAnswers {
  return CheckInAnswers.parse(JSON.parse(json));
}

/**
 * A check-in's entry in the search index, titled with the day it was completed. Only a complete check-in is
 * indexed: until both partners have submitted, nothing of it (hidden or not) enters the index.
 */
export function indexCheckIn(db: Db, id: string): void {
  const row = findCheckIn(db, id);
  if (row?.status !== 'complete') return;
  const text = sidesOf(db, id).flatMap((side) => {
    const answers = readCheckInAnswers(side.answers);
    return CHECKIN_QUESTIONS.map((q) => answers[q.id]).filter(Boolean);
  });
  indexEntry(db, 'checkin', id, `Check-in, ${row.completedOn}`, text.join('\n'));
}

// ── Check-ins ──

export function findCheckIn(db: Db, id: string): StoredCheckIn | undefined {
  const row = sql<CheckInRow>(db, 'SELECT * FROM checkins WHERE id = ?').get(id);
  return row ? toCheckIn(row) : undefined;
}

/** The one check-in open, if there is one. */
export function openCheckInId(db: Db): string | null {
  return sql<{ id: string }>(db, "SELECT id FROM checkins WHERE status = 'open'").get()?.id ?? null;
}

/** The check-in a session of appreciations opened, if it opened one. */
export function checkInOpenedWith(db: Db, sessionId: string): string | null {
  return sql<{ id: string }>(db, 'SELECT id FROM checkins WHERE appreciation_session_id = ?').get(sessionId)?.id ?? null;
}

/** Every check-in, by id (the full export's order). */
export function allCheckIns(db: Db): StoredCheckIn[] {
  return sql<CheckInRow>(db, 'SELECT * FROM checkins ORDER BY id').all().map(toCheckIn);
}

/** A page of complete check-ins, the latest first, after the cursor when there is one; `limit` rows at most. */
export function completedPage(db: Db, after: { completedAt: string; id: string } | null, limit: number): StoredCheckIn[] {
  const rows = after
    ? sql<CheckInRow>(
        db,
        `SELECT * FROM checkins WHERE status = 'complete' AND (completed_at, id) < (?, ?) ORDER BY completed_at DESC, id DESC LIMIT ?`,
      ).all(after.completedAt, after.id, limit)
    : sql<CheckInRow>(db, `SELECT * FROM checkins WHERE status = 'complete' ORDER BY completed_at DESC, id DESC LIMIT ?`).all(limit);
  return rows.map(toCheckIn);
}

/** When the latest complete check-in was begun: the plans made since then are the next one's to follow up. */
export function lastStartedAt(db: Db): string | null {
  return sql<{ at: string | null }>(db, "SELECT max(started_at) AS at FROM checkins WHERE status = 'complete'").get()?.at ?? null;
}

export function lastCompletedAt(db: Db): string | null {
  return sql<{ at: string | null }>(db, "SELECT max(completed_at) AS at FROM checkins WHERE status = 'complete'").get()?.at ?? null;
}

/** The local day each check-in was completed; '' for one not complete or not there. */
export function completionDaysOf(db: Db, ids: string[]): Map<string, string> {
  const get = sql<{ completed_on: string | null }>(db, 'SELECT completed_on FROM checkins WHERE id = ?');
  return new Map(ids.map((id) => [id, get.get(id)?.completed_on ?? '']));
}

/** Complete check-ins completed on a day from `from` to `to` (both included), oldest first. */
export function completedBetween(db: Db, from: string, to: string): { id: string; completedOn: string }[] {
  return sql<{ id: string; completed_on: string }>(
    db,
    "SELECT id, completed_on FROM checkins WHERE status = 'complete' AND completed_on BETWEEN ? AND ? ORDER BY completed_on, id",
  )
    .all(from, to)
    .map((r) => ({ id: r.id, completedOn: r.completed_on }));
}

/** How many check-ins were completed in each month, by the local day they were completed from `from` to `to`. */
export function completedByMonth(db: Db, from: string, to: string): Map<string, number> {
  return new Map(
    sql<{ month: string; n: number }>(
      db,
      `SELECT substr(completed_on, 1, 7) AS month, count(*) AS n FROM checkins
        WHERE status = 'complete' AND completed_on BETWEEN ? AND ? GROUP BY month`,
    )
      .all(from, to)
      .map((r) => [r.month, r.n]),
  );
}

/**
 * Both partners' ratings at each check-in completed on a day from `from` to `to`, in the order they were completed.
 * A rating is optional: one left out is null (never 0), and a check-in neither partner rated is not listed.
 */
export function ratingsBetween(db: Db, from: string, to: string): { id: string; completedOn: string; a: number | null; b: number | null }[] {
  return sql<{ id: string; completed_on: string; a: number | null; b: number | null }>(
    db,
    `SELECT c.id, c.completed_on, ra.rating AS a, rb.rating AS b
       FROM checkins c
       JOIN checkin_answers ra ON ra.checkin_id = c.id AND ra.partner = 'a'
       JOIN checkin_answers rb ON rb.checkin_id = c.id AND rb.partner = 'b'
      WHERE c.status = 'complete' AND c.completed_on BETWEEN ? AND ? AND (ra.rating IS NOT NULL OR rb.rating IS NOT NULL)
      ORDER BY c.completed_on, c.completed_at, c.id`,
  )
    .all(from, to)
    .map((r) => ({ id: r.id, completedOn: r.completed_on, a: r.a, b: r.b }));
}

export function insertCheckIn(db: Db, c: StoredCheckIn): void {
  sql(db, 'INSERT INTO checkins (id, status, started_at, completed_at, completed_on, appreciation_session_id, mode, first_turn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    c.id,
    c.status,
    c.startedAt,
    c.completedAt,
    c.completedOn,
    c.appreciationSessionId,
    c.mode,
    c.firstTurn,
  );
}

/** Open → complete, at `at` on the local day `day`; a check-in already complete stays as it was. */
export function completeCheckIn(db: Db, id: string, at: string, day: string): void {
  sql(db, "UPDATE checkins SET status = 'complete', completed_at = ?, completed_on = ? WHERE id = ? AND status = 'open'").run(at, day, id);
}

export function deleteCheckIn(db: Db, id: string): void {
  sql(db, 'DELETE FROM checkins WHERE id = ?').run(id);
}

// ── Sides ──

export function sideOf(db: Db, id: string, partner: PartnerId): StoredSide | undefined {
  const row = sql<SideRow>(db, 'SELECT partner, answers, rating, hidden, submitted_at, updated_at FROM checkin_answers WHERE checkin_id = ? AND partner = ?').get(
    id,
    partner,
  );
  return row ? toSide(row) : undefined;
}

/** The sides there are, partner a's first. */
export function sidesOf(db: Db, id: string): StoredSide[] {
  return sql<SideRow>(db, 'SELECT partner, answers, rating, hidden, submitted_at, updated_at FROM checkin_answers WHERE checkin_id = ? ORDER BY partner')
    .all(id)
    .map(toSide);
}

/** A side not yet submitted, as its partner saves it. */
export function saveAnswers(db: Db, id: string, side: { partner: PartnerId; answers: CheckInAnswers; rating: number | null; hidden: boolean }, now: string): void {
  sql(
    db,
    `INSERT INTO checkin_answers (checkin_id, partner, answers, rating, hidden, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?)
     ON CONFLICT (checkin_id, partner) DO UPDATE SET answers = excluded.answers, rating = excluded.rating, hidden = excluded.hidden, updated_at = excluded.updated_at`,
  ).run(id, side.partner, JSON.stringify(side.answers), side.rating, side.hidden ? 1 : 0, now);
}

export function submitSide(db: Db, id: string, partner: PartnerId, at: string): void {
  sql(db, 'UPDATE checkin_answers SET submitted_at = ? WHERE checkin_id = ? AND partner = ?').run(at, id, partner);
}

/** Writes a side as it is (an import, the benchmark's generator), replacing the partner's side if there is one. */
export function putSide(db: Db, id: string, side: Omit<StoredSide, 'answers'> & { answers: CheckInAnswers }): void {
  sql(db, 'INSERT OR REPLACE INTO checkin_answers (checkin_id, partner, answers, rating, hidden, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    side.partner,
    JSON.stringify(side.answers),
    side.rating,
    side.hidden ? 1 : 0,
    side.submittedAt,
    side.updatedAt,
  );
}
