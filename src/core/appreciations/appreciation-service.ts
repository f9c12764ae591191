import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { APPRECIATIONS_EACH, specificityHint, type Appreciation, type AppreciationSession, type SessionsInput } from '../../shared/appreciations';
import { homeZone } from '../checkins/cadence';
import { checkInOpenedWith } from '../checkins/checkin-repository';
import { localDate } from '../checkins/schedule';
import { AreaService } from '../area-service';
import {
  appreciationsFrom,
  appreciationsIn,
  createSession,
  deleteAppreciation,
  findSession,
  finishSession,
  insertAppreciation,
  sessionOf,
  sessionsPage,
  type StoredAppreciation,
  type StoredSession,
} from './appreciation-repository';

type SessionsQuery = z.output<typeof SessionsInput>;

/** As the app shows it: without the local day, with a nudge toward the specific. */
function toAppreciation({ createdOn: _day, ...a }: StoredAppreciation): Appreciation {
  return { ...a, hint: specificityHint(a.text) };
}

/** "I appreciate you because…": turns, sessions, and each partner's running collection to reread. */
export class AppreciationService extends AreaService {
  startSession(firstTurn: PartnerId): AppreciationSession {
    return this.session(createSession(this.db, firstTurn, this.now().toISOString()));
  }

  add(input: { sessionId: string; from: PartnerId; text: string }): AppreciationSession {
    const db = this.db;
    const session = this.#require(input.sessionId);
    if (session.finishedAt) throw new HearthError('CONFLICT', 'This session is finished. Start a new one to add more.');
    const now = this.now();
    insertAppreciation(db, {
      id: randomUUID(),
      sessionId: input.sessionId,
      from: input.from,
      text: input.text,
      createdAt: now.toISOString(),
      createdOn: localDate(now.getTime(), homeZone(db)),
    });
    return this.session(input.sessionId);
  }

  remove(id: string): AppreciationSession {
    const db = this.db;
    const sessionId = sessionOf(db, id);
    if (sessionId === undefined) throw new HearthError('NOT_FOUND', 'That appreciation is not there any more.');
    deleteAppreciation(db, id);
    return this.session(sessionId);
  }

  /** Finishing never waits for three each: the count is encouragement, not a gate. */
  finish(sessionId: string): AppreciationSession {
    const session = this.#require(sessionId);
    if (!session.finishedAt) finishSession(this.db, sessionId, this.now().toISOString());
    return this.session(sessionId);
  }

  session(sessionId: string): AppreciationSession {
    const db = this.db;
    const row = this.#require(sessionId);
    const appreciations = appreciationsIn(db, sessionId).map(toAppreciation);
    // Counted here for the turn order and the gentle "three each", and never handed to the screen as a tally.
    const a = appreciations.filter((x) => x.from === 'a').length;
    const b = appreciations.length - a;
    return {
      id: row.id,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      firstTurn: row.firstTurn,
      nextTurn: a === b ? row.firstTurn : a < b ? 'a' : 'b',
      checkInId: checkInOpenedWith(db, sessionId),
      appreciations,
      readyToFinish: a >= APPRECIATIONS_EACH && b >= APPRECIATIONS_EACH,
    };
  }

  sessions(input: SessionsQuery) {
    const { after, limit } = input;
    const rows = sessionsPage(this.db, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null };
  }

  /** Everything a partner has been told they are appreciated for, newest first. */
  received(partner: PartnerId): Appreciation[] {
    return appreciationsFrom(this.db, partner === 'a' ? 'b' : 'a').map(toAppreciation);
  }

  #require(id: string): StoredSession {
    const row = findSession(this.db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That appreciation session is not there any more.');
    return row;
  }
}
