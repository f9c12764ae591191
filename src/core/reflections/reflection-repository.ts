import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { AftermathAnswers, ConflictAnswers, ForgivenessAnswers, type AftermathSide, type CheckBack, type ForgivenessDecision, type LinkedReflection, type ReflectionStatus, type ReflectionSummary, type ReflectionType } from '../../shared/reflections';
import type { TimelineEvent } from '../../shared/timeline';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexEntry } from '../search/search-index';

export interface ReflectionRow {
  id: string;
  type: ReflectionType;
  title: string;
  author: PartnerId | 'both';
  status: ReflectionStatus;
  answers: string;
  event_id: string | null;
  repair_event_id: string | null;
  for_therapy: 0 | 1;
  version: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  resolved_at: string | null;
}

export type SummaryRow = Omit<ReflectionRow, 'answers' | 'version'> & { done_sides: string | null; decision: ForgivenessDecision | null };

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
  row: Pick<ReflectionRow, 'id' | 'type' | 'title' | 'author' | 'answers' | 'event_id' | 'for_therapy'>,
  now: string,
): void {
  sql(
    db,
    `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, for_therapy, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', ?, ?, NULL, ?, 1, ?, ?)`,
  ).run(row.id, row.type, row.title, row.author, row.answers, row.event_id, row.for_therapy, now, now);
}

export function insertSides(db: Db, id: string): void {
  const empty = writeAnswers(AftermathAnswers, {});
  const insert = sql(db, 'INSERT INTO reflection_sides (reflection_id, partner, answers, done, version, updated_at) VALUES (?, ?, ?, 0, 1, NULL)');
  for (const partner of ['a', 'b'] as const) insert.run(id, partner, empty);
}

type SideRow = { partner: PartnerId; answers: string; done: 0 | 1; version: number; updated_at: string | null };

export function sidesOf(db: Db, id: string): Record<PartnerId, AftermathSide> {
  const rows = sql<SideRow>(db, 'SELECT partner, answers, done, version, updated_at FROM reflection_sides WHERE reflection_id = ?').all(id);
  const side = (partner: PartnerId): AftermathSide => {
    const row = rows.find((r) => r.partner === partner);
    if (!row) throw new HearthError('CORRUPT', 'One side of this reflection is missing. Restore a backup, or ask for help before changing it.');
    return { answers: readAnswers(AftermathAnswers, row.answers), done: row.done === 1, version: row.version, updatedAt: row.updated_at };
  };
  return { a: side('a'), b: side('b') };
}

export function checkBacksOf(db: Db, id: string): CheckBack[] {
  return sql<{ date: string; decision: ForgivenessDecision; note: string; saved_at: string }>(
    db,
    'SELECT date, decision, note, saved_at FROM reflection_check_backs WHERE reflection_id = ? ORDER BY date, id',
  )
    .all(id)
    .map((r) => ({ date: r.date, decision: r.decision, note: r.note, savedAt: r.saved_at }));
}

/** A linked timeline event while it is on the timeline; null once it is in the trash. */
export function liveEventOf(db: Db, eventId: string | null): TimelineEvent['links'][number] | null {
  if (!eventId) return null;
  const row = sql<{ id: string; kind: TimelineEvent['kind']; title: string; start_date: string }>(
    db,
    'SELECT id, kind, title, start_date FROM timeline_events WHERE id = ? AND deleted_at IS NULL',
  ).get(eventId);
  return row ? { id: row.id, kind: row.kind, title: row.title, startDate: row.start_date } : null;
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

// Choices that are not words a person wrote; searching "accept" should not find every aftermath.
const NOT_TEXT = new Set(['acceptance', 'decision']);

/** The words of a set of answers, for the search index: every text answer and every chosen feeling and need. */
export function wordsOf(answers: object): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (NOT_TEXT.has(key)) continue;
    if (typeof value === 'string' && value) words.push(value);
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') words.push(item.replaceAll('_', ' '));
        else if (item && typeof item === 'object' && 'feeling' in item) words.push(String(item.feeling));
      }
    }
  }
  return words;
}

/**
 * A reflection's entry in the search index: its title, and the words of its answers (both sides of an aftermath;
 * a forgiveness reflection's check-back notes too). Every save that changes words calls this, and so does an import.
 */
export function indexReflection(db: Db, row: ReflectionRow): void {
  let words: string[];
  if (row.type === 'aftermath') {
    const sides = sidesOf(db, row.id);
    words = [...wordsOf(sides.a.answers), ...wordsOf(sides.b.answers)];
  } else if (row.type === 'forgiveness') {
    words = [...wordsOf(readAnswers(ForgivenessAnswers, row.answers)), ...checkBacksOf(db, row.id).map((c) => c.note)];
  } else {
    words = wordsOf(readAnswers(ConflictAnswers, row.answers));
  }
  indexEntry(db, 'reflection', row.id, row.title, words.filter(Boolean).join('\n'));
}
