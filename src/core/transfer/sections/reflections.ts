import { z } from 'zod';
import { Body, Day, PartnerId } from '../../../shared/basics';
import { AftermathSide, CheckBack, ConflictAnswers, ForgivenessAnswers, ReflectionId, ReflectionStatus } from '../../../shared/reflections';
import { isoDateTime, requiredLine } from '../../../shared/text';
import { EventId } from '../../../shared/timeline';
import { CheckInId } from '../../../shared/checkins';
import { findCheckIn } from '../../checkins/checkin-repository';
import type { Db } from '../../db/database';
import {
  allReflections,
  checkBacksOf,
  findReflection,
  insertCheckBack,
  putReflection,
  readAnswers,
  stampsOf,
  writeAnswers,
  type ReflectionRow,
} from '../../reflections/reflection-repository';
import { indexReflection } from '../../reflections/reflection-search';
import { putSide, sideStampOf, sidesOf } from '../../reflections/side-repository';
import { findEvent } from '../../timeline/timeline-repository';
import { defineSection, sameItem, tally, type Outcome } from '../section';

const Version = z.number().int().min(1);

/** One partner's side of an aftermath, as `sidesOf` reads it. */
const SideItem = AftermathSide.extend({ version: Version, updatedAt: isoDateTime.nullable() });
type SideItem = z.infer<typeof SideItem>;

/** A dated check-back on a forgiveness reflection, as `checkBacksOf` reads it. */
const CheckBackItem = CheckBack.extend({ date: Day, note: Body, savedAt: isoDateTime });
type CheckBackItem = z.infer<typeof CheckBackItem>;

const Title = requiredLine(200);
/** What every type has after its author, in the order the file holds it (the type's own parts come last). */
const tail = {
  status: ReflectionStatus,
  /** The hard moment on the timeline it is about, and the repair that resolved it. */
  eventId: EventId.nullable(),
  repairEventId: EventId.nullable(),
  /** The check-in it was begun from; a file made before there was such a link has none. */
  checkinId: CheckInId.nullable().default(null),
  forTherapy: z.boolean(),
  version: Version,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  completedAt: isoDateTime.nullable(),
  resolvedAt: isoDateTime.nullable(),
};

export const ReflectionItem = z.discriminatedUnion('type', [
  z.object({ id: ReflectionId, type: z.literal('conflict'), title: Title, author: PartnerId, ...tail, answers: ConflictAnswers }),
  z.object({ id: ReflectionId, type: z.literal('aftermath'), title: Title, author: z.literal('both'), ...tail, sides: z.object({ a: SideItem, b: SideItem }) }),
  z.object({
    id: ReflectionId,
    type: z.literal('forgiveness'),
    title: Title,
    author: PartnerId,
    ...tail,
    answers: ForgivenessAnswers,
    /** Oldest first. */
    checkBacks: z.array(CheckBackItem).max(10_000),
  }),
]);
export type ReflectionItem = z.infer<typeof ReflectionItem>;

function toItem(db: Db, row: ReflectionRow): ReflectionItem {
  const { id, title } = row;
  const stamps = stampsOf(row);
  switch (row.type) {
    case 'conflict':
      return { id, type: 'conflict', title, author: row.author as PartnerId, ...stamps, answers: readAnswers(ConflictAnswers, row.answers) };
    case 'aftermath':
      return { id, type: 'aftermath', title, author: 'both', ...stamps, sides: sidesOf(db, id) };
    case 'forgiveness':
      return {
        id,
        type: 'forgiveness',
        title,
        author: row.author as PartnerId,
        ...stamps,
        answers: readAnswers(ForgivenessAnswers, row.answers),
        checkBacks: checkBacksOf(db, id),
      };
  }
}

/** A link to an event that is not in the vault (after the timeline section) cannot be kept: it becomes null. */
const linked = (db: Db, eventId: string | null) => (eventId && findEvent(db, eventId) ? eventId : null);

/** The stored answers: an aftermath's live in its sides, so its own stay `{}` as the service writes them. */
function answersOf(item: ReflectionItem): string {
  if (item.type === 'conflict') return writeAnswers(ConflictAnswers, item.answers);
  if (item.type === 'forgiveness') return writeAnswers(ForgivenessAnswers, item.answers);
  return '{}';
}

/** Likewise a link to a check-in that is not in the vault (after the check-ins section). */
const fromCheckIn = (db: Db, checkinId: string | null) => (checkinId && findCheckIn(db, checkinId) ? checkinId : null);

function writeRow(db: Db, item: ReflectionItem, exists: boolean): void {
  const links = { eventId: linked(db, item.eventId), repairEventId: linked(db, item.repairEventId), checkinId: fromCheckIn(db, item.checkinId) };
  putReflection(db, { ...item, answers: answersOf(item), ...links }, exists);
}

/** Each side merges on its own, as each partner saves only their own: the higher version, or equal and saved later. */
function mergeSides(db: Db, id: string, sides: Record<PartnerId, SideItem>): boolean {
  let changed = false;
  for (const partner of ['a', 'b'] as const) {
    const side = sides[partner];
    const current = sideStampOf(db, id, partner);
    const newer = !current || side.version > current.version || (side.version === current.version && (side.updatedAt ?? '') > (current.updatedAt ?? ''));
    if (!newer) continue;
    putSide(db, id, partner, side);
    changed = true;
  }
  return changed;
}

/** Check-backs are only ever appended: one not already there (same day, decision, note and moment) is added. */
function mergeCheckBacks(db: Db, id: string, checkBacks: readonly CheckBackItem[]): boolean {
  const have = new Set(checkBacksOf(db, id).map((c) => JSON.stringify(c)));
  let changed = false;
  for (const c of checkBacks) {
    if (have.has(JSON.stringify(c))) continue;
    insertCheckBack(db, id, c);
    have.add(JSON.stringify(c));
    changed = true;
  }
  return changed;
}

function merge(db: Db, item: ReflectionItem): Outcome {
  const row = findReflection(db, item.id);
  if (row && (row.type !== item.type || sameItem(toItem(db, row), item))) return 'skipped'; // an id is one type of reflection for good
  const newer = !row || item.version > row.version || (item.version === row.version && item.updatedAt > row.updated_at);
  let changed = false;
  if (newer) {
    writeRow(db, item, row !== undefined);
    changed = true;
  }
  if (item.type === 'aftermath') changed = mergeSides(db, item.id, item.sides) || changed;
  if (item.type === 'forgiveness') changed = mergeCheckBacks(db, item.id, item.checkBacks) || changed;
  if (!changed) return 'skipped';
  indexReflection(db, findReflection(db, item.id)!);
  return row ? 'updated' : 'added';
}

/**
 * Conflict, aftermath and forgiveness reflections, each with its aftermath sides or forgiveness check-backs nested.
 * Merge: by reflection id. The incoming reflection replaces the vault's (title, author, answers, status, links)
 * when its `version` is higher, or equal with a later `updatedAt`. Each aftermath side merges on its own by the
 * same rule on the side's `version` and `updatedAt`, whatever the reflection did; a check-back not already there is
 * appended. A link to a timeline event or a check-in that is not in the vault becomes null (the reflection itself
 * still comes).
 * The search entry is rebuilt as the reflection's own saves build it.
 */
export const reflections = defineSection<ReflectionItem>({
  name: 'reflections',
  item: ReflectionItem,
  export: (db) => allReflections(db).map((row) => toItem(db, row)),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
