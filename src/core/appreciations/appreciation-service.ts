import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { APPRECIATIONS_EACH, specificityHint, type Appreciation, type AppreciationSession, type SessionsInput } from '../../shared/appreciations';
import { homeZone } from '../checkins/cadence';
import { localDate } from '../checkins/schedule';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import type { VaultService } from '../vaults/vault-service';

type SessionsQuery = z.output<typeof SessionsInput>;

interface SessionRow {
  id: string;
  first_turn: PartnerId;
  started_at: string;
  finished_at: string | null;
}

interface AppreciationRow {
  id: string;
  session_id: string;
  from_partner: PartnerId;
  text: string;
  created_at: string;
}

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

function toAppreciation(row: AppreciationRow): Appreciation {
  return { id: row.id, sessionId: row.session_id, from: row.from_partner, text: row.text, createdAt: row.created_at, hint: specificityHint(row.text) };
}

/** "I appreciate you because…": turns, sessions, and each partner's running collection to reread. */
export class AppreciationService {
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

  startSession(firstTurn: PartnerId): AppreciationSession {
    return this.session(createSession(this.#db, firstTurn, this.#now().toISOString()));
  }

  add(input: { sessionId: string; from: PartnerId; text: string }): AppreciationSession {
    const db = this.#db;
    const session = this.#require(input.sessionId);
    if (session.finished_at) throw new HearthError('CONFLICT', 'This session is finished. Start a new one to add more.');
    const now = this.#now();
    sql(db, 'INSERT INTO appreciations (id, session_id, from_partner, text, created_at, created_on) VALUES (?, ?, ?, ?, ?, ?)').run(
      randomUUID(),
      input.sessionId,
      input.from,
      input.text,
      now.toISOString(),
      localDate(now.getTime(), homeZone(db)),
    );
    return this.session(input.sessionId);
  }

  remove(id: string): AppreciationSession {
    const db = this.#db;
    const row = sql<{ session_id: string }>(db, 'SELECT session_id FROM appreciations WHERE id = ?').get(id);
    if (!row) throw new HearthError('NOT_FOUND', 'That appreciation is not there any more.');
    sql(db, 'DELETE FROM appreciations WHERE id = ?').run(id);
    return this.session(row.session_id);
  }

  /** Finishing never waits for three each: the count is encouragement, not a gate. */
  finish(sessionId: string): AppreciationSession {
    const session = this.#require(sessionId);
    if (!session.finished_at) sql(this.#db, 'UPDATE appreciation_sessions SET finished_at = ? WHERE id = ?').run(this.#now().toISOString(), sessionId);
    return this.session(sessionId);
  }

  session(sessionId: string): AppreciationSession {
    const db = this.#db;
    const row = this.#require(sessionId);
    const appreciations = sql<AppreciationRow>(db, 'SELECT * FROM appreciations WHERE session_id = ? ORDER BY created_at, rowid').all(sessionId).map(toAppreciation);
    const counts = { a: appreciations.filter((x) => x.from === 'a').length, b: appreciations.filter((x) => x.from === 'b').length };
    const checkIn = sql<{ id: string }>(db, 'SELECT id FROM checkins WHERE appreciation_session_id = ?').get(sessionId);
    return {
      id: row.id,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      firstTurn: row.first_turn,
      nextTurn: counts.a === counts.b ? row.first_turn : counts.a < counts.b ? 'a' : 'b',
      checkInId: checkIn?.id ?? null,
      appreciations,
      counts,
      readyToFinish: counts.a >= APPRECIATIONS_EACH && counts.b >= APPRECIATIONS_EACH,
    };
  }

  sessions(input: SessionsQuery) {
    const db = this.#db;
    const { after, limit } = input;
    const select = `SELECT s.id, s.started_at, s.finished_at,
        (SELECT count(*) FROM appreciations x WHERE x.session_id = s.id AND x.from_partner = 'a') AS a,
        (SELECT count(*) FROM appreciations x WHERE x.session_id = s.id AND x.from_partner = 'b') AS b
      FROM appreciation_sessions s`;
    type Row = Omit<SessionRow, 'first_turn'> & { a: number; b: number };
    const rows = after
      ? sql<Row>(db, `${select} WHERE (s.started_at, s.id) < (?, ?) ORDER BY s.started_at DESC, s.id DESC LIMIT ?`).all(after.startedAt, after.id, limit + 1)
      : sql<Row>(db, `${select} ORDER BY s.started_at DESC, s.id DESC LIMIT ?`).all(limit + 1);
    const items = rows.slice(0, limit).map((r) => ({ id: r.id, startedAt: r.started_at, finishedAt: r.finished_at, counts: { a: r.a, b: r.b } }));
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null };
  }

  /** Everything a partner has been told they are appreciated for, newest first. */
  received(partner: PartnerId): Appreciation[] {
    const from = partner === 'a' ? 'b' : 'a';
    return sql<AppreciationRow>(this.#db, 'SELECT * FROM appreciations WHERE from_partner = ? ORDER BY created_at DESC, rowid DESC')
      .all(from)
      .map(toAppreciation);
  }

  #require(id: string): SessionRow {
    const row = sql<SessionRow>(this.#db, 'SELECT id, first_turn, started_at, finished_at FROM appreciation_sessions WHERE id = ?').get(id);
    if (!row) throw new HearthError('NOT_FOUND', 'That appreciation session is not there any more.');
    return row;
  }
}
