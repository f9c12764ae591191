import { z } from 'zod';
import { CheckIn, CheckInAnswers, CheckInId, Rating } from '../../../shared/checkins';
import { Day, PartnerId } from '../../../shared/basics';
import { AppreciationSessionId } from '../../../shared/appreciations';
import { isoDateTime } from '../../../shared/text';
import { homeZone } from '../../checkins/cadence';
import { indexCheckIn } from '../../checkins/checkin-service';
import { localDate } from '../../checkins/schedule';
import type { Db } from '../../db/database';
import { sql } from '../../db/statements';
import { defineSection, sameItem, tally, type Outcome } from '../section';

/** One partner's answers. A hidden side is exported as it is: the file is the couple's own full backup. */
const SideItem = z.object({
  partner: PartnerId,
  answers: CheckInAnswers,
  rating: Rating.nullable(),
  /** Kept from the other partner (and out of search) until both have submitted. */
  hidden: z.boolean(),
  submittedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
type SideItem = z.infer<typeof SideItem>;

export const CheckInItem = z
  .object({
    id: CheckInId,
    status: CheckIn.shape.status,
    startedAt: isoDateTime,
    completedAt: isoDateTime.nullable(),
    /** The local day it was completed, in the couple's time zone. */
    completedOn: Day.nullable(),
    appreciationSessionId: AppreciationSessionId.nullable(),
    /** Partner a's side, then b's; a side is there once that partner has started. */
    sides: z.array(SideItem).max(2),
  })
  .refine((c) => (c.status === 'open') === (c.completedAt === null) && (c.completedAt === null) === (c.completedOn === null), 'A check-in is complete exactly when it has a completion time and day.')
  .refine((c) => c.sides.every((s, i) => i === 0 || c.sides[i - 1]!.partner < s.partner), 'A check-in lists side a, then side b, once each.')
  .refine((c) => c.status === 'open' || (c.sides.length === 2 && c.sides.every((s) => s.submittedAt !== null)), 'A complete check-in has both sides submitted.');
export type CheckInItem = z.infer<typeof CheckInItem>;

type Row = { id: string; status: 'open' | 'complete'; started_at: string; completed_at: string | null; completed_on: string | null; appreciation_session_id: string | null };
type SideRow = { partner: PartnerId; answers: string; rating: number | null; hidden: 0 | 1; submitted_at: string | null; updated_at: string };

const sideRows = (db: Db, id: string) =>
  sql<SideRow>(db, 'SELECT partner, answers, rating, hidden, submitted_at, updated_at FROM checkin_answers WHERE checkin_id = ? ORDER BY partner').all(id);

function toItem(db: Db, row: Row): CheckInItem {
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    completedOn: row.completed_on,
    appreciationSessionId: row.appreciation_session_id,
    sides: sideRows(db, row.id).map((s) => ({
      partner: s.partner,
      answers: CheckInAnswers.parse(JSON.parse(s.answers)),
      rating: s.rating,
      hidden: s.hidden === 1,
      submittedAt: s.submitted_at,
      updatedAt: s.updated_at,
    })),
  };
}

/** A side is further along once submitted; between two equally far along, the later save. */
function ahead(side: SideItem, current: SideRow | undefined): boolean {
  if (!current) return true;
  const submitted = side.submittedAt !== null;
  const currentSubmitted = current.submitted_at !== null;
  if (submitted !== currentSubmitted) return submitted;
  return side.updatedAt > current.updated_at;
}

function writeSide(db: Db, id: string, side: SideItem): void {
  sql(db, 'INSERT OR REPLACE INTO checkin_answers (checkin_id, partner, answers, rating, hidden, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id, side.partner, JSON.stringify(side.answers), side.rating, side.hidden ? 1 : 0, side.submittedAt, side.updatedAt,
  );
}

/**
 * Sides merged from two copies can leave an open check-in with both sides submitted, which the app would never
 * complete; it completes it as `submit` would have, at the later of the two submissions.
 */
function completeIfBothSubmitted(db: Db, id: string): void {
  const sides = sideRows(db, id);
  if (sides.length !== 2 || sides.some((s) => s.submitted_at === null)) return;
  const at = sides.map((s) => s.submitted_at!).sort().at(-1)!;
  sql(db, "UPDATE checkins SET status = 'complete', completed_at = ?, completed_on = ? WHERE id = ? AND status = 'open'").run(at, localDate(Date.parse(at), homeZone(db)), id);
}

function merge(db: Db, item: CheckInItem): Outcome {
  const row = sql<Row>(db, 'SELECT * FROM checkins WHERE id = ?').get(item.id);
  if (!row) {
    // One check-in is open at a time: another one open here keeps its place, and the incoming one is left out.
    if (item.status === 'open' && sql(db, "SELECT 1 FROM checkins WHERE status = 'open'").get()) return 'skipped';
    const session = item.appreciationSessionId && sql(db, 'SELECT 1 FROM appreciation_sessions WHERE id = ?').get(item.appreciationSessionId) ? item.appreciationSessionId : null;
    sql(db, 'INSERT INTO checkins (id, status, started_at, completed_at, completed_on, appreciation_session_id) VALUES (?, ?, ?, ?, ?, ?)').run(
      item.id, item.status, item.startedAt, item.completedAt, item.completedOn, session,
    );
    for (const side of item.sides) writeSide(db, item.id, side);
    indexCheckIn(db, item.id);
    return 'added';
  }
  if (sameItem(toItem(db, row), item)) return 'skipped';
  let changed = false;
  if (row.status === 'open' && item.status === 'complete') {
    sql(db, "UPDATE checkins SET status = 'complete', completed_at = ?, completed_on = ? WHERE id = ?").run(item.completedAt, item.completedOn, item.id);
    changed = true;
  }
  const current = new Map(sideRows(db, item.id).map((s) => [s.partner, s]));
  for (const side of item.sides) {
    if (!ahead(side, current.get(side.partner))) continue;
    writeSide(db, item.id, side);
    changed = true;
  }
  if (!changed) return 'skipped';
  completeIfBothSubmitted(db, item.id);
  indexCheckIn(db, item.id);
  return 'updated';
}

/**
 * Check-ins with each partner's answers, hidden ones included. (The cadence is in `settings`.) Merge: by check-in
 * id; there is no version, and a check-in only moves forward, so a complete check-in replaces an open copy's
 * status and completion, never the other way round. Each side merges on its own: a submitted side wins over one
 * not yet submitted, otherwise the later `updatedAt` wins. An incoming open check-in is left out (`skipped`) when
 * the vault already has a different one open. A link to an appreciation session that is not in the vault becomes
 * null. Only complete check-ins enter the search index, through the same call the check-in's completion makes.
 */
export const checkins = defineSection<CheckInItem>({
  name: 'checkins',
  item: CheckInItem,
  export: (db) => sql<Row>(db, 'SELECT * FROM checkins ORDER BY id').all().map((row) => toItem(db, row)),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
