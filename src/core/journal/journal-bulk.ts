import type { Author } from '../../shared/basics';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexJournalEntry, promptTextOf } from './journal-service';

export interface BulkJournalPrompt {
  id: string;
  text: string;
  addedBy: Author;
  createdAt: string;
}

export interface BulkJournalEntry {
  id: string;
  author: Author;
  /** A built-in prompt's id, one of `prompts`' ids, or null for a daily reflection. */
  promptId: string | null;
  /** Already validated and normalised, as the contract's WriteJournalInput outputs it. */
  body: string;
  date: string;
  /** 1 when written once; each later save adds one and moves `updatedAt`. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Write the couple's own prompts and many journal entries in one transaction: the rows `addPrompt` and
 * `write` (then `update`, for a version above 1) write, and each entry's search entry through the service's
 * own `indexJournalEntry` (titled with the prompt's text, or "Daily reflection"). For the benchmark generator and large-vault tests
 * only: every id must be new.
 */
export function insertJournalBulk(db: Db, prompts: readonly BulkJournalPrompt[], entries: readonly BulkJournalEntry[]): void {
  const addPrompt = sql(db, 'INSERT INTO journal_prompts (id, text, added_by, created_at) VALUES (?, ?, ?, ?)');
  const addEntry = sql(
    db,
    'INSERT INTO journal_entries (id, author, prompt_id, body, date, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const p of prompts) addPrompt.run(p.id, p.text, p.addedBy, p.createdAt);
    for (const e of entries) {
      // As `write` refuses a prompt that is not there.
      if (e.promptId !== null && promptTextOf(db, e.promptId) === null) throw new Error(`journal entry ${e.id}: no prompt ${e.promptId}`);
      addEntry.run(e.id, e.author, e.promptId, e.body, e.date, e.version, e.createdAt, e.updatedAt);
      indexJournalEntry(db, e.id, e.promptId, e.body);
    }
  })();
}
