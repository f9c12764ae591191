import { CheckInAnswers, type CHECKIN_QUESTIONS } from '../../shared/checkins';
import type { PartnerId } from '../../shared/basics';
import { insertAppreciation, insertSession } from '../appreciations/appreciation-repository';
import type { Db } from '../db/database';
import { homeZone } from './cadence';
import { indexCheckIn, insertCheckIn, putSide } from './checkin-repository';
import { localDate } from './schedule';

export interface BulkCheckInSide {
  /** As `answer` takes them (checked by CheckInAnswers on the way in, as the contract does). */
  answers: Partial<Record<(typeof CHECKIN_QUESTIONS)[number]['id'], string>>;
  /** Null when the partner chose no number. */
  rating: number | null;
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
  /** Done together at the screen, with who spoke first on the first question; done apart when left out. */
  together?: { firstTurn: PartnerId };
}

/**
 * Write many completed check-ins in one transaction: the rows `start`, `answer` and both `submit`s write
 * (the check-in, both sides, the appreciation session and its appreciations when it opened with one), then its
 * search entry through the repository's own `indexCheckIn`. Local days are counted in the couple's home zone, as
 * the service does. For the benchmark generator and large-vault tests only: every id must be new.
 */
export function insertCheckInsBulk(db: Db, checkIns: readonly BulkCheckIn[]): void {
  const zone = homeZone(db);
  db.transaction(() => {
    for (const c of checkIns) {
      const s = c.appreciations;
      if (s) {
        insertSession(db, { id: s.sessionId, firstTurn: s.firstTurn, startedAt: c.startedAt, finishedAt: s.finishedAt });
        for (const a of s.items) insertAppreciation(db, { ...a, sessionId: s.sessionId, createdOn: localDate(Date.parse(a.createdAt), zone) });
      }
      const completedOn = localDate(Date.parse(c.completedAt), zone);
      insertCheckIn(db, {
        id: c.id,
        status: 'complete',
        startedAt: c.startedAt,
        completedAt: c.completedAt,
        completedOn,
        appreciationSessionId: s?.sessionId ?? null,
        mode: c.together ? 'together' : 'apart',
        firstTurn: c.together?.firstTurn ?? null,
      });
      for (const partner of ['a', 'b'] as const) {
        const side = c.sides[partner];
        putSide(db, c.id, { ...side, partner, answers: CheckInAnswers.parse(side.answers) });
      }
      indexCheckIn(db, c.id);
    }
  })();
}
