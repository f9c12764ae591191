import { JOURNAL_PROMPTS } from '../../shared/journal';
import type { Author } from '../../shared/basics';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexEntry } from '../search/search-index';

// The journal's tables: every statement on them, their rows, and each row read once into the shape the app and the
// full export both hold.

/** An entry as stored: what `write` takes (author, prompt, body, day), with its id, version and times. */
export interface StoredEntry {
  id: string;
  author: Author;
  /** A built-in prompt's id, one of the couple's own, or null for a daily reflection. */
  promptId: string | null;
  body: string;
  date: string;
  /** 1 when written once; each later save adds one and moves `updatedAt`. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A prompt the couple added (Hearth's own prompts are part of the app, not of the vault). */
export interface OwnPrompt {
  id: string;
  text: string;
  addedBy: Author;
  createdAt: string;
}

type EntryRow = { id: string; author: Author; prompt_id: string | null; body: string; date: string; version: number; created_at: string; updated_at: string };
type PromptRow = { id: string; text: string; added_by: Author; created_at: string };

const toEntry = (r: EntryRow): StoredEntry => ({
  id: r.id,
  author: r.author,
  promptId: r.prompt_id,
  body: r.body,
  date: r.date,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toPrompt = (p: PromptRow): OwnPrompt => ({ id: p.id, text: p.text, addedBy: p.added_by, createdAt: p.created_at });

const builtInText = (id: string) => JOURNAL_PROMPTS.find((p) => p.id === id)?.text;

/** A prompt's text: one of Hearth's, or one the couple added; null for no prompt or one that is not there. */
export function promptTextOf(db: Db, id: string | null): string | null {
  if (id === null) return null;
  return builtInText(id) ?? sql<{ text: string }>(db, 'SELECT text FROM journal_prompts WHERE id = ?').get(id)?.text ?? null;
}

/** An entry's search index entry, titled with its prompt (or "Daily reflection"); every save and an import call it. */
export function indexJournalEntry(db: Db, id: string, promptId: string | null, body: string): void {
  indexEntry(db, 'journal', id, promptTextOf(db, promptId) ?? 'Daily reflection', body);
}

// ── Prompts ──

/** The couple's own prompts, in the order they were added, or by id (the full export's order). */
export function ownPrompts(db: Db, order: 'added' | 'id'): OwnPrompt[] {
  const text =
    order === 'added'
      ? 'SELECT id, text, added_by, created_at FROM journal_prompts ORDER BY created_at, id'
      : 'SELECT id, text, added_by, created_at FROM journal_prompts ORDER BY id';
  return sql<PromptRow>(db, text).all().map(toPrompt);
}

const INSERT_PROMPT = 'INTO journal_prompts (id, text, added_by, created_at) VALUES (?, ?, ?, ?)';

export function insertPrompt(db: Db, p: OwnPrompt): void {
  sql(db, `INSERT ${INSERT_PROMPT}`).run(p.id, p.text, p.addedBy, p.createdAt);
}

/** Adds a prompt unless one with its id is there; true when it was added. */
export function insertPromptIfNew(db: Db, p: OwnPrompt): boolean {
  return sql(db, `INSERT OR IGNORE ${INSERT_PROMPT}`).run(p.id, p.text, p.addedBy, p.createdAt).changes > 0;
}

/** How many entries answer each prompt that has any. */
export function answerCounts(db: Db): Map<string, number> {
  return new Map(
    sql<{ prompt_id: string; n: number }>(db, 'SELECT prompt_id, count(*) AS n FROM journal_entries WHERE prompt_id IS NOT NULL GROUP BY prompt_id')
      .all()
      .map((r) => [r.prompt_id, r.n]),
  );
}

/** The prompts some entry dated before `day` answers. */
export function promptsAnsweredBefore(db: Db, day: string): Set<string> {
  return new Set(
    sql<{ prompt_id: string }>(db, 'SELECT DISTINCT prompt_id FROM journal_entries WHERE prompt_id IS NOT NULL AND date < ?')
      .all(day)
      .map((r) => r.prompt_id),
  );
}

/** Whether an entry dated from `from` to `to` (both included) answers the prompt. */
export function answeredBetween(db: Db, promptId: string, from: string, to: string): boolean {
  return sql<{ n: number }>(db, 'SELECT count(*) AS n FROM journal_entries WHERE prompt_id = ? AND date BETWEEN ? AND ?').get(promptId, from, to)!.n > 0;
}

// ── Entries ──

export function findEntry(db: Db, id: string): StoredEntry | undefined {
  const row = sql<EntryRow>(db, 'SELECT * FROM journal_entries WHERE id = ?').get(id);
  return row ? toEntry(row) : undefined;
}

/** Every entry, by id (the full export's order). */
export function allEntries(db: Db): StoredEntry[] {
  return sql<EntryRow>(db, 'SELECT * FROM journal_entries ORDER BY id').all().map(toEntry);
}

/**
 * A page of entries, the latest day first: dated from `from` to `to` when given, after the cursor when there is
 * one, `limit` rows at most.
 */
export function entriesPage(
  db: Db,
  input: { from?: string | undefined; to?: string | undefined; after: { date: string; id: string } | null; limit: number },
): StoredEntry[] {
  const where = ['1 = 1'];
  const params: unknown[] = [];
  if (input.from) {
    where.push('date >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('date <= ?');
    params.push(input.to);
  }
  if (input.after) {
    where.push('(date, id) < (?, ?)');
    params.push(input.after.date, input.after.id);
  }
  // Only fixed fragments are joined; every value is bound.
  return sql<EntryRow>(db, `SELECT * FROM journal_entries WHERE ${where.join(' AND ')} ORDER BY date DESC, id DESC LIMIT ?`)
    .all(...params, input.limit)
    .map(toEntry);
}

/**
 * Entries dated from `from` to `to` (both included), oldest first, without their words: each with the text of the
 * prompt it answers (Hearth's, the couple's, or null for a daily reflection or a prompt that is not there).
 */
export function entriesBetween(db: Db, from: string, to: string): { id: string; author: Author; date: string; prompt: string | null }[] {
  return sql<{ id: string; author: Author; prompt_id: string | null; date: string; own: string | null }>(
    db,
    `SELECT e.id, e.author, e.prompt_id, e.date, p.text AS own FROM journal_entries e LEFT JOIN journal_prompts p ON p.id = e.prompt_id
      WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.id`,
  )
    .all(from, to)
    .map((r) => ({ id: r.id, author: r.author, date: r.date, prompt: r.prompt_id ? (builtInText(r.prompt_id) ?? r.own) : null }));
}

/** The day each entry is dated; '' for an id that is not there. */
export function entryDatesOf(db: Db, ids: string[]): Map<string, string> {
  const get = sql<{ date: string }>(db, 'SELECT date FROM journal_entries WHERE id = ?');
  return new Map(ids.map((id) => [id, get.get(id)?.date ?? '']));
}

const INSERT_ENTRY = 'INTO journal_entries (id, author, prompt_id, body, date, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const entryValues = (e: StoredEntry) => [e.id, e.author, e.promptId, e.body, e.date, e.version, e.createdAt, e.updatedAt];

export function insertEntry(db: Db, entry: StoredEntry): void {
  sql(db, `INSERT ${INSERT_ENTRY}`).run(...entryValues(entry));
}

/** Writes the entry, replacing one with its id. */
export function putEntry(db: Db, entry: StoredEntry): void {
  sql(db, `INSERT OR REPLACE ${INSERT_ENTRY}`).run(...entryValues(entry));
}

/** A save: the fields a person edits, the next version and when. */
export function updateEntry(
  db: Db,
  id: string,
  fields: { author: Author; promptId: string | null; body: string; date: string },
  version: number,
  now: string,
): void {
  sql(db, 'UPDATE journal_entries SET author = ?, prompt_id = ?, body = ?, date = ?, version = ?, updated_at = ? WHERE id = ?').run(
    fields.author,
    fields.promptId,
    fields.body,
    fields.date,
    version,
    now,
    id,
  );
}

export function deleteEntry(db: Db, id: string): void {
  sql(db, 'DELETE FROM journal_entries WHERE id = ?').run(id);
}
