import { z } from 'zod';
import { CheckIn, CheckInAnswers, CheckInId, CheckInMode, Rating } from '../../../shared/checkins';
import { Day, PartnerId } from '../../../shared/basics';
import { AppreciationSessionId } from '../../../shared/appreciations';
import { isoDateTime } from '../../../shared/text';
import { findSession } from '../../appreciations/appreciation-repository';
import { homeZone } from '../../checkins/cadence';
import {
  allCheckIns,
  completeCheckIn,
  findCheckIn,
  indexCheckIn,
  insertCheckIn,
  openCheckInId,
  putSide,
  readCheckInAnswers,
  sidesOf,
  type StoredCheckIn,
  type StoredSide,
} from '../../checkins/checkin-repository';
import { localDate } from '../../checkins/schedule';
import type { Db } from '../../db/database';
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
    /** Each on their own or together at the screen; a file made before there was a choice holds only check-ins done apart. */
    mode: CheckInMode.default('apart'),
    /** Done together: who spoke first on the first question. Null when done apart. */
    firstTurn: PartnerId.nullable().default(null),
    /** Partner a's side, then b's; a side is there once that partner has started. */
    sides: z.array(SideItem).max(2),
  })
  .refine((c) => (c.status === 'open') === (c.completedAt === null) && (c.completedAt === null) === (c.completedOn === null), 'A check-in is complete exactly when it has a completion time and day.')
  .refine((c) => c.sides.every((s, i) => i === 0 || c.sides[i - 1]!.partner < s.partner), 'A check-in lists side a, then side b, once each.')
  .refine((c) => c.status === 'open' || (c.sides.length === 2 && c.sides.every((s) => s.submittedAt !== null)), 'A complete check-in has both sides submitted.')
  .refine((c) => (c.mode === 'together') === (c.firstTurn !== null), 'A check-in done together says who spoke first; one done apart does not.')
  .refine((c) => c.mode === 'apart' || c.sides.every((s) => !s.hidden), 'A check-in done together has no hidden side.');
export type CheckInItem = z.infer<typeof CheckInItem>;

function toItem(db: Db, checkIn: StoredCheckIn): CheckInItem {
  return { ...checkIn, sides: sidesOf(db, checkIn.id).map((s) => ({ ...s, answers: readCheckInAnswers(s.answers) })) };
}

/** A side is further along once submitted; between two equally far along, the later save. */
function ahead(side: SideItem, current: StoredSide | undefined): boolean {
  if (!current) return true;
  const submitted = side.submittedAt !== null;
  const currentSubmitted = current.submittedAt !== null;
  if (submitted !== currentSubmitted) return submitted;
  return side.updatedAt > current.updatedAt;
}

/**
 * Sides merged from two copies can leave an open check-in with both sides submitted, which the app would never
 * complete; it completes it as `submit` would have, at the later of the two submissions.
 */
function completeIfBothSubmitted(db: Db, id: string): void {
  const sides = sidesOf(db, id);
  if (sides.length !== 2 || sides.some((s) => s.submittedAt === null)) return;
  const at = sides.map((s) => s.submittedAt!).sort().at(-1)!;
  completeCheckIn(db, id, at, localDate(Date.parse(at), homeZone(db)));
}

function merge(db: Db, item: CheckInItem): Outcome {
  const row = findCheckIn(db, item.id);
  if (!row) {
    // One check-in is open at a time: another one open here keeps its place, and the incoming one is left out.
    if (item.status === 'open' && openCheckInId(db) !== null) return 'skipped';
    const session = item.appreciationSessionId && findSession(db, item.appreciationSessionId) ? item.appreciationSessionId : null;
    const { sides, ...checkIn } = item;
    insertCheckIn(db, { ...checkIn, appreciationSessionId: session });
    for (const side of sides) putSide(db, item.id, side);
    indexCheckIn(db, item.id);
    return 'added';
  }
  if (sameItem(toItem(db, row), item)) return 'skipped';
  let changed = false;
  if (row.status === 'open' && item.status === 'complete') {
    completeCheckIn(db, item.id, item.completedAt!, item.completedOn!);
    changed = true;
  }
  const current = new Map(sidesOf(db, item.id).map((s) => [s.partner, s]));
  for (const side of item.sides) {
    if (!ahead(side, current.get(side.partner))) continue;
    putSide(db, item.id, side);
    changed = true;
  }
  if (!changed) return 'skipped';
  completeIfBothSubmitted(db, item.id);
  indexCheckIn(db, item.id);
  return 'updated';
}

/**
 * Check-ins with each partner's answers, hidden ones included, and the way each was done (apart or together; a
 * check-in keeps the way it was started, so a merge never changes it). (The cadence is in `settings`.) Merge: by check-in
 * id; there is no version, and a check-in only moves forward, so a complete check-in replaces an open copy's
 * status and completion, never the other way round. Each side merges on its own: a submitted side wins over one
 * not yet submitted, otherwise the later `updatedAt` wins. An incoming open check-in is left out (`skipped`) when
 * the vault already has a different one open. A link to an appreciation session that is not in the vault becomes
 * null. Only complete check-ins enter the search index, through the same call the check-in's completion makes.
 */
export const checkins = defineSection<CheckInItem>({
  name: 'checkins',
  item: CheckInItem,
  export: (db) => allCheckIns(db).map((row) => toItem(db, row)),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
