import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { HearthError } from '../../shared/errors';
import { JOURNAL_PROMPTS, type JournalEntry, type JournalPage, type JournalPrompt, type ListJournalInput, type UpdateJournalInput, type WriteJournalInput } from '../../shared/journal';
import type { Author } from '../../shared/basics';
import { civilOf, dayNumber, dayString, weekdayOf } from '../checkins/schedule';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexEntry, removeEntry } from '../search/search-index';
import type { VaultService } from '../vaults/vault-service';

type Write = z.output<typeof WriteJournalInput>;
type Update = z.output<typeof UpdateJournalInput>;
type ListInput = z.output<typeof ListJournalInput>;

interface EntryRow {
  id: string;
  author: Author;
  prompt_id: string | null;
  body: string;
  date: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The ISO week of a day: its year, number, and Monday-to-Sunday span. */
export function isoWeek(day: string): { label: string; monday: string; sunday: string; year: number; week: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const n = dayNumber(y, m, d);
  const isoWeekday = ((weekdayOf(n) + 6) % 7) + 1;
  const thursday = n - isoWeekday + 4;
  const year = civilOf(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { label: `${year}-W${String(week).padStart(2, '0')}`, monday: dayString(n - isoWeekday + 1), sunday: dayString(n - isoWeekday + 7), year, week };
}

/** A prompt's text: one of Hearth's, or one the couple added; null for no prompt or one that is not there. */
export function promptTextOf(db: Db, id: string | null): string | null {
  if (id === null) return null;
  return JOURNAL_PROMPTS.find((p) => p.id === id)?.text ?? sql<{ text: string }>(db, 'SELECT text FROM journal_prompts WHERE id = ?').get(id)?.text ?? null;
}

/** An entry's search index entry, titled with its prompt (or "Daily reflection"); every save and an import call it. */
export function indexJournalEntry(db: Db, id: string, promptId: string | null, body: string): void {
  indexEntry(db, 'journal', id, promptTextOf(db, promptId) ?? 'Daily reflection', body);
}

/** The shared journal: a prompt library (Hearth's and the couple's own) and entries by either or both. */
export class JournalService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  get #db(): Db {
    return this.#vaults.requireUnlocked().db;
  }

  #now(): string {
    return this.#vaults.clock.now().toISOString();
  }

  /** Hearth's prompts first, in their fixed order, then the couple's, oldest first. */
  prompts(): JournalPrompt[] {
    const db = this.#db;
    const counts = new Map(
      sql<{ prompt_id: string; n: number }>(db, 'SELECT prompt_id, count(*) AS n FROM journal_entries WHERE prompt_id IS NOT NULL GROUP BY prompt_id')
        .all()
        .map((r) => [r.prompt_id, r.n]),
    );
    const own = sql<{ id: string; text: string; added_by: Author }>(db, 'SELECT id, text, added_by FROM journal_prompts ORDER BY created_at, id').all();
    return [
      ...JOURNAL_PROMPTS.map((p) => ({ id: p.id, text: p.text, builtIn: true, addedBy: null, answeredCount: counts.get(p.id) ?? 0 })),
      ...own.map((p) => ({ id: p.id, text: p.text, builtIn: false, addedBy: p.added_by, answeredCount: counts.get(p.id) ?? 0 })),
    ];
  }

  addPrompt(text: string, by: Author): JournalPrompt {
    const id = randomUUID();
    sql(this.#db, 'INSERT INTO journal_prompts (id, text, added_by, created_at) VALUES (?, ?, ?, ?)').run(id, text, by, this.#now());
    return { id, text, builtIn: false, addedBy: by, answeredCount: 0 };
  }

  /**
   * The same prompt all week: picked from the ISO week, stepping past prompts answered before this
   * week began (so answering it mid-week does not swap it). When every prompt has been answered, the
   * week's own pick comes round again.
   */
  promptOfTheWeek(today: string): { week: string; prompt: JournalPrompt; answeredThisWeek: boolean } {
    const db = this.#db;
    const { label, monday, sunday, year, week } = isoWeek(today);
    const prompts = this.prompts();
    const answeredBefore = new Set(
      sql<{ prompt_id: string }>(db, 'SELECT DISTINCT prompt_id FROM journal_entries WHERE prompt_id IS NOT NULL AND date < ?')
        .all(monday)
        .map((r) => r.prompt_id),
    );
    const start = (year * 53 + week) % prompts.length;
    const order = prompts.map((_, i) => prompts[(start + i) % prompts.length]!);
    const prompt = order.find((p) => !answeredBefore.has(p.id)) ?? order[0]!;
    const answeredThisWeek =
      sql<{ n: number }>(db, 'SELECT count(*) AS n FROM journal_entries WHERE prompt_id = ? AND date BETWEEN ? AND ?').get(prompt.id, monday, sunday)!.n > 0;
    return { week: label, prompt, answeredThisWeek };
  }

  write(input: Write): JournalEntry {
    const db = this.#db;
    const id = randomUUID();
    const now = this.#now();
    db.transaction(() => {
      this.#requirePrompt(input.promptId);
      sql(
        db,
        'INSERT INTO journal_entries (id, author, prompt_id, body, date, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)',
      ).run(id, input.author, input.promptId, input.body, input.date, now, now);
      this.#index(db, id, input.promptId, input.body);
    })();
    return this.get(id);
  }

  update(input: Update): JournalEntry {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(input.id);
      if (row.version !== input.expectedVersion) {
        throw new HearthError('CONFLICT', 'This entry was saved again since you opened it. Your text is kept as a draft; reopen the entry to see both.');
      }
      this.#requirePrompt(input.promptId);
      sql(db, 'UPDATE journal_entries SET author = ?, prompt_id = ?, body = ?, date = ?, version = ?, updated_at = ? WHERE id = ?').run(
        input.author,
        input.promptId,
        input.body,
        input.date,
        row.version + 1,
        this.#now(),
        input.id,
      );
      this.#index(db, input.id, input.promptId, input.body);
    })();
    return this.get(input.id);
  }

  remove(id: string): void {
    const db = this.#db;
    db.transaction(() => {
      this.#require(id);
      removeEntry(db, 'journal', id);
      sql(db, 'DELETE FROM journal_entries WHERE id = ?').run(id);
      sql(db, 'DELETE FROM drafts WHERE key = ?').run(`journal:${id}`);
    })();
  }

  get(id: string): JournalEntry {
    return this.#toEntry(this.#require(id));
  }

  list(input: ListInput): JournalPage {
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
    const rows = sql<EntryRow>(this.#db, `SELECT * FROM journal_entries WHERE ${where.join(' AND ')} ORDER BY date DESC, id DESC LIMIT ?`).all(
      ...params,
      input.limit + 1,
    );
    const items = rows.slice(0, input.limit).map((r) => this.#toEntry(r));
    const last = items.at(-1);
    return { items, next: rows.length > input.limit && last ? { date: last.date, id: last.id } : null };
  }

  datesOf(ids: string[]): Map<string, string> {
    const get = sql<{ date: string }>(this.#db, 'SELECT date FROM journal_entries WHERE id = ?');
    return new Map(ids.map((id) => [id, get.get(id)?.date ?? '']));
  }

  #promptText(id: string | null): string | null {
    return promptTextOf(this.#db, id);
  }

  #requirePrompt(id: string | null): void {
    if (id !== null && this.#promptText(id) === null) throw new HearthError('NOT_FOUND', 'That prompt is not there any more. Choose another, or write freely.');
  }

  #index(db: Db, id: string, promptId: string | null, body: string): void {
    indexJournalEntry(db, id, promptId, body);
  }

  #require(id: string): EntryRow {
    const row = sql<EntryRow>(this.#db, 'SELECT * FROM journal_entries WHERE id = ?').get(id);
    if (!row) throw new HearthError('NOT_FOUND', 'That journal entry is not there any more.');
    return row;
  }

  #toEntry(row: EntryRow): JournalEntry {
    return {
      id: row.id,
      author: row.author,
      promptId: row.prompt_id,
      promptText: this.#promptText(row.prompt_id),
      body: row.body,
      date: row.date,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
