import { z } from 'zod';
import { Body, PartnerId } from '../../../shared/basics';
import { CheckInId, FollowUpOutcome } from '../../../shared/checkins';
import { ReflectionId } from '../../../shared/reflections';
import { isoDateTime } from '../../../shared/text';
import { findCheckIn } from '../../checkins/checkin-repository';
import { allFollowUps, findFollowUp, putFollowUp } from '../../checkins/follow-up-repository';
import type { Db } from '../../db/database';
import { findReflection } from '../../reflections/reflection-repository';
import { defineSection, sameItem, tally, type Outcome } from '../section';

export const FollowUpItem = z.object({
  checkinId: CheckInId,
  reflectionId: ReflectionId,
  /** Whose plan it is. */
  partner: PartnerId,
  outcome: FollowUpOutcome.nullable(),
  note: Body,
  /** When it was last answered; null while it was not. */
  updatedAt: isoDateTime.nullable(),
});
export type FollowUpItem = z.infer<typeof FollowUpItem>;

function merge(db: Db, item: FollowUpItem): Outcome {
  // A follow-up needs its check-in and its reflection: they come first (the check-ins and reflections sections).
  if (!findCheckIn(db, item.checkinId) || !findReflection(db, item.reflectionId)) return 'skipped';
  const current = findFollowUp(db, item.checkinId, item);
  if (current && (sameItem(current, item) || (item.updatedAt ?? '') <= (current.updatedAt ?? ''))) return 'skipped';
  putFollowUp(db, item);
  return current ? 'updated' : 'added';
}

/**
 * How each plan brought up at a check-in went (the plan's words are in its reflection). Merge: by check-in, reflection
 * and partner; the later answer wins. One whose check-in or reflection is not in the vault is left out (`skipped`).
 */
export const checkinFollowUps = defineSection<FollowUpItem>({
  name: 'checkinFollowUps',
  item: FollowUpItem,
  export: (db) => allFollowUps(db),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
