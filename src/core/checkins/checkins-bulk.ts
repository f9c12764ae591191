import { CheckInAnswers, type CHECKIN_QUESTIONS } from '../../shared/checkins';
import type { PartnerId } from '../../shared/basics';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { homeZone } from './cadence';
import { indexCheckIn } from './checkin-service';
import { localDate } from './schedule';

export interface BulkCheckInSide {
  /** As `answer` takes them (checked by CheckInAnswers on the way in, as the contract does). */
  answers: Partial<Record<(typeof CHECKIN_QUESTIONS)[number]['id'], string>>;
  rating: number;
  hidden: boolean;
  /** When this side was last saved and when it was submitted (the later partner's is the completion). */
  updatedAt: string;
  submittedAt: string;
}

export interface BulkAppreciation {
  id: string;
  from: PartnerId;
  text: string;
  createdAt: string;
}

export interface BulkCheckIn {
  id: string;
  startedAt: string;
  completedAt: string;
  sides: Record<PartnerId, BulkCheckInSide>;
  /** A check-in that opened with appreciations: its session (started with the check-in) and what was said. */
  appreciations?: { sessionId: string; firstTurn: PartnerId; finishedAt: string; items: BulkAppreciation[] };
}

/**
 * Write many completed check-ins in one transaction: the rows `start`, `answer` and both `submit`s write
 * (the check-in, both sides, the appreciation session and its appreciations when it opened with one), then its
 * search entry through the service's own `indexCheckIn`. Local days are counted in the couple's home zone, as
 * the service does. For the benchmark generator and large-vault tests only: every id must be new.
 */
export function insertCheckInsBulk(db: Db, checkIns: readonly BulkCheckIn[]): void {
  const zone = homeZone(db);
  const addCheckIn = sql(
    db,
    "INSERT INTO checkins (id, status, started_at, completed_at, completed_on, appreciation_session_id) VALUES (?, 'complete', ?, ?, ?, ?)",
  );
  const addSide = sql(
    db,
    'INSERT INTO checkin_answers (checkin_id, partner, answers, rating, hidden, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const addSession = sql(db, 'INSERT INTO appreciation_sessions (id, first_turn, started_at, finished_at) VALUES (?, ?, ?, ?)');
  const addAppreciation = sql(db, 'INSERT INTO appreciations (id, session_id, from_partner, text, created_at, created_on) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const c of checkIns) {
      const s = c.appreciations;
      if (s) {
        addSession.run(s.sessionId, s.firstTurn, c.startedAt, s.finishedAt);
        for (const a of s.items) addAppreciation.run(a.id, s.sessionId, a.from, a.text, a.createdAt, localDate(Date.parse(a.createdAt), zone));
      }
      const day = localDate(Date.parse(c.completedAt), zone);
      addCheckIn.run(c.id, c.startedAt, c.completedAt, day, s?.sessionId ?? null);
      for (const partner of ['a', 'b'] as const) {
        const side = c.sides[partner];
        addSide.run(c.id, partner, JSON.stringify(CheckInAnswers.parse(side.answers)), side.rating, side.hidden ? 1 : 0, side.submittedAt, side.updatedAt);
      }
      indexCheckIn(db, c.id);
    }
  })();
}
