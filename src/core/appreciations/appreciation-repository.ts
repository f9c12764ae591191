import { randomUUID } from 'node:crypto';
import type { PartnerId } from '../../shared/basics';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

// The appreciation tables: every statement on them, their rows, and each row read once into the shape the app and
// the full export both hold.

/** A session as stored. */
export interface StoredSession {
  id: string;
  firstTurn: PartnerId;
  startedAt: string;
  finishedAt: string | null;
}

/** An appreciation as stored, with the local day it was written (the insights count by it). */
export interface StoredAppreciation {
  id: string;
  sessionId: string;
  from: PartnerId;
  text: string;
  createdAt: string;
  createdOn: string;
}

type SessionRow = { id: string; first_turn: PartnerId; started_at: string; finished_at: string | null };
type AppreciationRow = { id: string; session_id: string; from_partner: PartnerId; text: string; created_at: string; created_on: string };

const toSession = (r: SessionRow): StoredSession => ({ id: r.id, firstTurn: r.first_turn, startedAt: r.started_at, finishedAt: r.finished_at });
const toAppreciation = (r: AppreciationRow): StoredAppreciation => ({
  id: r.id,
  sessionId: r.session_id,
  from: r.from_partner,
  text: r.text,
  createdAt: r.created_at,
  createdOn: r.created_on,
});

// ── Sessions ──

/** Start an appreciation session; shared with check-ins that open with one. */
export function createSession(db: Db, firstTurn: PartnerId, now: string): string {
  const id = randomUUID();
  sql(db, 'INSERT INTO appreciation_sessions (id, first_turn, started_at) VALUES (?, ?, ?)').run(id, firstTurn, now);
  return id;
}

/** A session nobody wrote in leaves nothing behind. */
export function deleteSessionIfEmpty(db: Db, id: string): void {
  sql(db, 'DELETE FROM appreciation_sessions WHERE id = ? AND NOT EXISTS (SELECT 1 FROM appreciations WHERE session_id = ?)').run(id, id);
}

export function findSession(db: Db, id: string): StoredSession | undefined {
  const row = sql<SessionRow>(db, 'SELECT id, first_turn, started_at, finished_at FROM appreciation_sessions WHERE id = ?').get(id);
  return row ? toSession(row) : undefined;
}

/** Every session, by id (the full export's order). */
export function allSessions(db: Db): StoredSession[] {
  return sql<SessionRow>(db, 'SELECT id, first_turn, started_at, finished_at FROM appreciation_sessions ORDER BY id').all().map(toSession);
}

/** A session as it was, finished or not (an import, the benchmark's generator). */
export function insertSession(db: Db, session: StoredSession): void {
  sql(db, 'INSERT INTO appreciation_sessions (id, first_turn, started_at, finished_at) VALUES (?, ?, ?, ?)').run(
    session.id,
    session.firstTurn,
    session.startedAt,
    session.finishedAt,
  );
}

export function finishSession(db: Db, id: string, at: string): void {
  sql(db, 'UPDATE appreciation_sessions SET finished_at = ? WHERE id = ?').run(at, id);
}

/**
 * A page of sessions, the latest started first, after the cursor when there is one, `limit` rows at most; each with
 * how many appreciations the two of them shared in it, together.
 */
export function sessionsPage(
  db: Db,
  after: { startedAt: string; id: string } | null,
  limit: number,
): { id: string; startedAt: string; finishedAt: string | null; shared: number }[] {
  const select = `SELECT s.id, s.started_at, s.finished_at,
      (SELECT count(*) FROM appreciations x WHERE x.session_id = s.id) AS shared
    FROM appreciation_sessions s`;
  type Row = Omit<SessionRow, 'first_turn'> & { shared: number };
  const rows = after
    ? sql<Row>(db, `${select} WHERE (s.started_at, s.id) < (?, ?) ORDER BY s.started_at DESC, s.id DESC LIMIT ?`).all(after.startedAt, after.id, limit)
    : sql<Row>(db, `${select} ORDER BY s.started_at DESC, s.id DESC LIMIT ?`).all(limit);
  return rows.map((r) => ({ id: r.id, startedAt: r.started_at, finishedAt: r.finished_at, shared: r.shared }));
}

/**
 * Sessions whose first appreciation was written on a day from `from` to `to` (both included), in the order of that
 * day: the day, and how many each partner shared.
 */
export function sessionsBegunBetween(db: Db, from: string, to: string): { sessionId: string; day: string; a: number; b: number }[] {
  return sql<{ session_id: string; day: string; a: number; b: number }>(
    db,
    `SELECT session_id, min(created_on) AS day, sum(from_partner = 'a') AS a, sum(from_partner = 'b') AS b
       FROM appreciations GROUP BY session_id HAVING day BETWEEN ? AND ? ORDER BY day, session_id`,
  )
    .all(from, to)
    .map((r) => ({ sessionId: r.session_id, day: r.day, a: r.a, b: r.b }));
}

// ── Appreciations ──

/** A session's appreciations in the order they were shared (rowid breaks a tie). */
export function appreciationsIn(db: Db, sessionId: string): StoredAppreciation[] {
  return sql<AppreciationRow>(db, 'SELECT * FROM appreciations WHERE session_id = ? ORDER BY created_at, rowid').all(sessionId).map(toAppreciation);
}

/** Everything one partner has shared, newest first. */
export function appreciationsFrom(db: Db, from: PartnerId): StoredAppreciation[] {
  return sql<AppreciationRow>(db, 'SELECT * FROM appreciations WHERE from_partner = ? ORDER BY created_at DESC, rowid DESC').all(from).map(toAppreciation);
}

/** The session an appreciation belongs to; undefined when there is no such appreciation. */
export function sessionOf(db: Db, appreciationId: string): string | undefined {
  return sql<{ session_id: string }>(db, 'SELECT session_id FROM appreciations WHERE id = ?').get(appreciationId)?.session_id;
}

export function insertAppreciation(db: Db, a: StoredAppreciation): void {
  sql(db, 'INSERT INTO appreciations (id, session_id, from_partner, text, created_at, created_on) VALUES (?, ?, ?, ?, ?, ?)').run(
    a.id,
    a.sessionId,
    a.from,
    a.text,
    a.createdAt,
    a.createdOn,
  );
}

export function deleteAppreciation(db: Db, id: string): void {
  sql(db, 'DELETE FROM appreciations WHERE id = ?').run(id);
}

/** How many appreciations the two of them shared in each month, together, by the local day they were written from `from` to `to`. */
export function sharedByMonth(db: Db, from: string, to: string): { month: string; n: number }[] {
  return sql<{ month: string; n: number }>(
    db,
    `SELECT substr(created_on, 1, 7) AS month, count(*) AS n FROM appreciations
      WHERE created_on BETWEEN ? AND ? GROUP BY month ORDER BY month`,
  ).all(from, to);
}
