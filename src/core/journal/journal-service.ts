import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { HearthError } from '../../shared/errors';
import { JOURNAL_PROMPTS, type JournalEntry, type JournalPage, type JournalPrompt, type ListJournalInput, type UpdateJournalInput, type WriteJournalInput } from '../../shared/journal';
import type { Author } from '../../shared/basics';
import { civilOf, dayNumber, dayString, weekdayOf } from '../checkins/schedule';
import type { Db } from '../db/database';
import { deleteDraft } from '../drafts/draft-repository';
import { removeEntry } from '../search/search-index';
import { AreaService } from '../area-service';
import {
  answerCounts,
  answeredBetween,
  deleteEntry,
  entriesPage,
  entryDatesOf,
  findEntry,
  indexJournalEntry,
  insertEntry,
  insertPrompt,
  ownPrompts,
  promptsAnsweredBefore,
  promptTextOf,
  updateEntry,
  type StoredEntry,
} from './journal-repository';

type Write = z.output<typeof WriteJournalInput>;
type Update = z.output<typeof UpdateJournalInput>;
type ListInput = z.output<typeof ListJournalInput>;

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

/** The shared journal: a prompt library (Hearth's and the couple's own) and entries by either or both. */
export class JournalService extends AreaService {
  /** Hearth's prompts first, in their fixed order, then the couple's, oldest first. */
  prompts(): JournalPrompt[] {
    const db = this.db;
    const counts = answerCounts(db);
    return [
      ...JOURNAL_PROMPTS.map((p) => ({ id: p.id, text: p.text, builtIn: true, addedBy: null, answeredCount: counts.get(p.id) ?? 0 })),
      ...ownPrompts(db, 'added').map((p) => ({ id: p.id, text: p.text, builtIn: false, addedBy: p.addedBy, answeredCount: counts.get(p.id) ?? 0 })),
    ];
  }

  addPrompt(text: string, by: Author): JournalPrompt {
    const id = randomUUID();
    insertPrompt(this.db, { id, text, addedBy: by, createdAt: this.timestamp() });
    return { id, text, builtIn: false, addedBy: by, answeredCount: 0 };
  }

  /**
   * The same prompt all week: picked from the ISO week, stepping past prompts answered before this
   * week began (so answering it mid-week does not swap it). When every prompt has been answered, the
   * week's own pick comes round again.
   */
  promptOfTheWeek(today: string): { week: string; prompt: JournalPrompt; answeredThisWeek: boolean } {
    const db = this.db;
    const { label, monday, sunday, year, week } = isoWeek(today);
    const prompts = this.prompts();
    const answeredBefore = promptsAnsweredBefore(db, monday);
    const start = (year * 53 + week) % prompts.length;
    const order = prompts.map((_, i) => prompts[(start + i) % prompts.length]!);
    const prompt = order.find((p) => !answeredBefore.has(p.id)) ?? order[0]!;
    return { week: label, prompt, answeredThisWeek: answeredBetween(db, prompt.id, monday, sunday) };
  }

  write(input: Write): JournalEntry {
    const db = this.db;
    const id = randomUUID();
    const now = this.timestamp();
    db.transaction(() => {
      this.#requirePrompt(input.promptId);
      insertEntry(db, { id, author: input.author, promptId: input.promptId, body: input.body, date: input.date, version: 1, createdAt: now, updatedAt: now });
      this.#index(db, id, input.promptId, input.body);
    })();
    return this.get(id);
  }

  update(input: Update): JournalEntry {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(input.id);
      if (row.version !== input.expectedVersion) {
        throw new HearthError('CONFLICT', 'This entry was saved again since you opened it. Your text is kept as a draft; reopen the entry to see both.');
      }
      this.#requirePrompt(input.promptId);
      updateEntry(db, input.id, input, row.version + 1, this.timestamp());
      this.#index(db, input.id, input.promptId, input.body);
    })();
    return this.get(input.id);
  }

  remove(id: string): void {
    const db = this.db;
    db.transaction(() => {
      this.#require(id);
      removeEntry(db, 'journal', id);
      deleteEntry(db, id);
      deleteDraft(db, `journal:${id}`);
    })();
  }

  get(id: string): JournalEntry {
    return this.#toEntry(this.#require(id));
  }

  list(input: ListInput): JournalPage {
    const rows = entriesPage(this.db, { ...input, limit: input.limit + 1 });
    const items = rows.slice(0, input.limit).map((r) => this.#toEntry(r));
    const last = items.at(-1);
    return { items, next: rows.length > input.limit && last ? { date: last.date, id: last.id } : null };
  }

  datesOf(ids: string[]): Map<string, string> {
    return entryDatesOf(this.db, ids);
  }

  #promptText(id: string | null): string | null {
    return promptTextOf(this.db, id);
  }

  #requirePrompt(id: string | null): void {
    if (id !== null && this.#promptText(id) === null) throw new HearthError('NOT_FOUND', 'That prompt is not there any more. Choose another, or write freely.');
  }

  #index(db: Db, id: string, promptId: string | null, body: string): void {
    indexJournalEntry(db, id, promptId, body);
  }

  #require(id: string): StoredEntry {
    const row = findEntry(this.db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That journal entry is not there any more.');
    return row;
  }

  #toEntry(entry: StoredEntry): JournalEntry {
    const { id, author, promptId, ...rest } = entry;
    return { id, author, promptId, promptText: this.#promptText(promptId), ...rest };
  }
}
