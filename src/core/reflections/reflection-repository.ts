import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import type {
  CheckBack,
  ForgivenessDecision,
  LinkedReflection,
  ListReflectionsInput,
  ReflectionStatus,
  ReflectionSummary,
  ReflectionType,
} from '../../shared/reflections';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { deleteDraftsOf } from '../drafts/draft-repository';
import { removeEntry } from '../search/search-index';

// Reflections and a forgiveness reflection's check-backs: every statement on them, their rows, and the rows read
// once into what the app, the full export and the therapy export hold. An aftermath's sides are in
// side-repository.ts; a reflection's search entry is made in reflection-search.ts.

export interface ReflectionRow {
  id: string;
  type: ReflectionType;
  title: string;
  author: PartnerId | 'both';
  status: ReflectionStatus;
  answers: string;
  event_id: string | null;
  repair_event_id: string | null;
  checkin_id: string | null;
  for_therapy: 0 | 1;
  version: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  resolved_at: string | null;
}

export type SummaryRow = Omit<ReflectionRow, 'answers' | 'version' | 'checkin_id'> & { done_sides: string | null; decision: ForgivenessDecision | null };

/** Every column a list shows, without the answers themselves; one query per page. */
export const SUMMARY_COLUMNS = `
  r.id, r.type, r.title, r.author, r.status, r.event_id, r.repair_event_id, r.for_therapy,
  r.created_at, r.updated_at, r.completed_at, r.resolved_at,
  (SELECT group_concat(s.partner) FROM reflection_sides s WHERE s.reflection_id = r.id AND s.done = 1) AS done_sides,
  CASE WHEN r.type = 'forgiveness' THEN json_extract(r.answers, '$.decision') END AS decision`;

export function toSummary(row: SummaryRow): ReflectionSummary {
  const done = row.done_sides?.split(',') ?? [];
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    author: row.author,
    status: row.status,
    eventId: row.event_id,
    repairEventId: row.repair_event_id,
    forTherapy: row.for_therapy === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    resolvedAt: row.resolved_at,
    sidesDone: row.type === 'aftermath' ? { a: done.includes('a'), b: done.includes('b') } : null,
    decision: row.type === 'forgiveness' ? row.decision : null,
  };
}

/** What every type of reflection has after its author: where it stands, its links, version and times. */
export interface ReflectionStamps {
  status: ReflectionStatus;
  eventId: string | null;
  repairEventId: string | null;
  /** The check-in it was begun from, or null. */
  checkinId: string | null;
  forTherapy: boolean;
  /** 1 when created; each `update` and check-back adds one (an aftermath's side saves count on the side). */
  version: number;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  resolvedAt: string | null;
}

export function stampsOf(row: ReflectionRow): ReflectionStamps {
  return {
    status: row.status,
    eventId: row.event_id,
    repairEventId: row.repair_event_id,
    checkinId: row.checkin_id,
    forTherapy: row.for_therapy === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    resolvedAt: row.resolved_at,
  };
}

/** A reflection whole, as it was somewhere else (an import, the benchmark's generator); its answers already JSON. */
export type StoredReflection = { id: string; type: ReflectionType; title: string; author: PartnerId | 'both'; answers: string } & ReflectionStamps;

/** Answers as stored, checked against the schema they were written with. */
export function readAnswers<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HearthError('CORRUPT', 'Part of this reflection could not be read. Restore a backup, or ask for help before changing it.');
  return parsed.data;
}

/** Answers as JSON, checked once more on the way in so nothing unchecked reaches the vault. */
export function writeAnswers<S extends z.ZodType>(schema: S, answers: unknown): string {
  const parsed = schema.safeParse(answers);
  if (!parsed.success) throw new HearthError('VALIDATION', 'Some of these answers are not in the expected form.');
  return JSON.stringify(parsed.data);
}

export function findReflection(db: Db, id: string): ReflectionRow | undefined {
  return sql<ReflectionRow>(db, 'SELECT * FROM reflections WHERE id = ?').get(id);
}

export function insertReflection(
  db: Db,
  row: Pick<ReflectionRow, 'id' | 'type' | 'title' | 'author' | 'answers' | 'event_id' | 'checkin_id' | 'for_therapy'>,
  now: string,
): void {
  sql(
    db,
    `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, checkin_id, for_therapy, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', ?, ?, NULL, ?, ?, 1, ?, ?)`,
  ).run(row.id, row.type, row.title, row.author, row.answers, row.event_id, row.checkin_id, row.for_therapy, now, now);
}

/** The reflections begun from a check-in, oldest first. */
export function reflectionsBegunFrom(db: Db, checkinId: string): { id: string; type: ReflectionType; title: string; status: ReflectionStatus }[] {
  return sql<{ id: string; type: ReflectionType; title: string; status: ReflectionStatus }>(
    db,
    'SELECT id, type, title, status FROM reflections WHERE checkin_id = ? ORDER BY created_at, id',
  ).all(checkinId);
}

/** What a timeline event shows of its reflections: the ones about it, and the ones it resolved. */
export function reflectionsForEvent(db: Db, eventId: string): LinkedReflection[] {
  return sql<LinkedReflection>(
    db,
    `SELECT id, type, title, status, CASE WHEN event_id = ? THEN 'moment' ELSE 'repair' END AS link
       FROM reflections WHERE event_id = ? OR repair_event_id = ?
      ORDER BY created_at, id`,
  ).all(eventId, eventId, eventId);
}

// ── Lists ──

/** A page of reflections, the last changed first, filtered, after the cursor when there is one; `limit` rows at most. */
export function summaryPage(db: Db, input: Omit<z.output<typeof ListReflectionsInput>, 'limit'>, limit: number): ReflectionSummary[] {
  const { after, filter } = input;
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.types?.length) {
    where.push(`r.type IN (${filter.types.map(() => '?').join(', ')})`);
    params.push(...filter.types);
  }
  if (filter.statuses?.length) {
    where.push(`r.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  if (filter.partner) {
    where.push('r.author IN (?, ?)');
    params.push(filter.partner, 'both');
  }
  if (filter.from) {
    where.push('substr(r.updated_at, 1, 10) >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('substr(r.created_at, 1, 10) <= ?');
    params.push(filter.to);
  }
  if (filter.forTherapy !== undefined) {
    where.push('r.for_therapy = ?');
    params.push(filter.forTherapy ? 1 : 0);
  }
  if (after) {
    where.push('(r.updated_at, r.id) < (?, ?)');
    params.push(after.updatedAt, after.id);
  }
  // Only fixed fragments are joined here; every value is bound.
  return sql<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM reflections r
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r.updated_at DESC, r.id DESC LIMIT ?`,
  )
    .all(...params, limit)
    .map(toSummary);
}

/** Every reflection, by id (the full export's order). */
export function allReflections(db: Db): ReflectionRow[] {
  return sql<ReflectionRow>(db, 'SELECT * FROM reflections ORDER BY id').all();
}

/** Reflections of one type begun on a day from `from` to `to` (both included), oldest first, without their answers. */
export function reflectionsBegunBetween(
  db: Db,
  type: ReflectionType,
  from: string,
  to: string,
): { id: string; title: string; author: PartnerId | 'both'; createdAt: string; forTherapy: boolean }[] {
  return sql<{ id: string; title: string; author: PartnerId | 'both'; created_at: string; for_therapy: 0 | 1 }>(
    db,
    `SELECT id, title, author, created_at, for_therapy FROM reflections
      WHERE type = ? AND substr(created_at, 1, 10) BETWEEN ? AND ? ORDER BY created_at, id`,
  )
    .all(type, from, to)
    .map((r) => ({ id: r.id, title: r.title, author: r.author, createdAt: r.created_at, forTherapy: r.for_therapy === 1 }));
}

/** The day each reflection was begun; '' for an id that is not there. */
export function beganOn(db: Db, ids: string[]): Map<string, string> {
  const get = sql<{ created_at: string }>(db, 'SELECT created_at FROM reflections WHERE id = ?');
  return new Map(ids.map((id) => [id, get.get(id)?.created_at.slice(0, 10) ?? '']));
}

// ── Saves ──

/** A save of a reflection's own row: its title, and (but for an aftermath, whose words are on its sides) author and answers. */
export function updateReflection(db: Db, id: string, fields: { title: string; author?: PartnerId; answers?: string }, version: number, now: string): void {
  if (fields.author === undefined || fields.answers === undefined) {
    sql(db, 'UPDATE reflections SET title = ?, version = ?, updated_at = ? WHERE id = ?').run(fields.title, version, now, id);
  } else {
    sql(db, 'UPDATE reflections SET title = ?, author = ?, answers = ?, version = ?, updated_at = ? WHERE id = ?').run(
      fields.title, fields.author, fields.answers, version, now, id,
    );
  }
}

export function updateAnswers(db: Db, id: string, answers: string, version: number, now: string): void {
  sql(db, 'UPDATE reflections SET answers = ?, version = ?, updated_at = ? WHERE id = ?').run(answers, version, now, id);
}

/** Marks a reflection changed without changing its own row (a side was saved). */
export function touch(db: Db, id: string, now: string): void {
  sql(db, 'UPDATE reflections SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Draft → complete. */
export function markComplete(db: Db, id: string, now: string): void {
  sql(db, "UPDATE reflections SET status = 'complete', completed_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
}

/** Resolved, keeping the first completion and resolution times, and the repair when none is given. */
export function markResolved(db: Db, id: string, repairEventId: string | null, now: string): void {
  sql(
    db,
    `UPDATE reflections SET status = 'resolved', completed_at = coalesce(completed_at, ?), resolved_at = coalesce(resolved_at, ?),
            repair_event_id = coalesce(?, repair_event_id), updated_at = ? WHERE id = ?`,
  ).run(now, now, repairEventId, now, id);
}

/** Back to a draft, without its completion, resolution and repair. */
export function markDraft(db: Db, id: string, now: string): void {
  sql(db, "UPDATE reflections SET status = 'draft', completed_at = NULL, resolved_at = NULL, repair_event_id = NULL, updated_at = ? WHERE id = ?").run(now, id);
}

export function updateForTherapy(db: Db, id: string, forTherapy: boolean, now: string): void {
  sql(db, 'UPDATE reflections SET for_therapy = ?, updated_at = ? WHERE id = ?').run(forTherapy ? 1 : 0, now, id);
}

export function updateEvent(db: Db, id: string, eventId: string | null, now: string): void {
  sql(db, 'UPDATE reflections SET event_id = ?, updated_at = ? WHERE id = ?').run(eventId, now, id);
}

/** Writes a reflection whole: a new row, or over the one with its id (its sides and check-backs stay). */
export function putReflection(db: Db, r: StoredReflection, exists: boolean): void {
  const values = [
    r.type, r.title, r.author, r.status, r.answers, r.eventId, r.repairEventId, r.checkinId, r.forTherapy ? 1 : 0, r.version, r.createdAt, r.updatedAt,
    r.completedAt, r.resolvedAt, r.id,
  ];
  if (exists) {
    sql(
      db,
      `UPDATE reflections SET type = ?, title = ?, author = ?, status = ?, answers = ?, event_id = ?, repair_event_id = ?, checkin_id = ?, for_therapy = ?,
              version = ?, created_at = ?, updated_at = ?, completed_at = ?, resolved_at = ? WHERE id = ?`,
    ).run(...values);
  } else {
    sql(
      db,
      `INSERT INTO reflections (type, title, author, status, answers, event_id, repair_event_id, checkin_id, for_therapy, version, created_at,
                                updated_at, completed_at, resolved_at, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values);
  }
}

/** Gone for good, with its sides, check-backs (by the schema's cascades), search entry and drafts. */
export function deleteReflection(db: Db, id: string): void {
  removeEntry(db, 'reflection', id);
  sql(db, 'DELETE FROM reflections WHERE id = ?').run(id);
  // `reflection:<id>` for the form, `reflection:<id>-a` / `-b` for each side of an aftermath.
  deleteDraftsOf(db, `reflection:${id}`);
}

// ── Check-backs ──

export function checkBacksOf(db: Db, id: string): CheckBack[] {
  return sql<{ date: string; decision: ForgivenessDecision; note: string; saved_at: string }>(
    db,
    'SELECT date, decision, note, saved_at FROM reflection_check_backs WHERE reflection_id = ? ORDER BY date, id',
  )
    .all(id)
    .map((r) => ({ date: r.date, decision: r.decision, note: r.note, savedAt: r.saved_at }));
}

export function insertCheckBack(db: Db, id: string, c: CheckBack): void {
  sql(db, 'INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES (?, ?, ?, ?, ?)').run(id, c.date, c.decision, c.note, c.savedAt);
}
