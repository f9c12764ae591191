import type { Db } from '../db/database';
import { indexJournalEntry, insertEntry, insertPrompt, promptTextOf, type OwnPrompt, type StoredEntry } from './journal-repository';

export type BulkJournalPrompt = OwnPrompt;

/** Already validated and normalised, as the contract's WriteJournalInput outputs it; its prompt one of Hearth's or of `prompts`. */
export type BulkJournalEntry = StoredEntry;

/**
 * Write the couple's own prompts and many journal entries in one transaction: the rows `addPrompt` and
 * `write` (then `update`, for a version above 1) write, and each entry's search entry through the repository's
 * own `indexJournalEntry` (titled with the prompt's text, or "Daily reflection"). For the benchmark generator and
 * large-vault tests only: every id must be new.
 */
export function insertJournalBulk(db: Db, prompts: readonly BulkJournalPrompt[], entries: readonly BulkJournalEntry[]): void {
  db.transaction(() => {
    for (const p of prompts) insertPrompt(db, p);
    for (const e of entries) {
      // As `write` refuses a prompt that is not there.
      if (e.promptId !== null && promptTextOf(db, e.promptId) === null) throw new Error(`journal entry ${e.id}: no prompt ${e.promptId}`);
      insertEntry(db, e);
      indexJournalEntry(db, e.id, e.promptId, e.body);
    }
  })();
}
