import { z } from 'zod';
import { AddPromptInput, WriteJournalInput } from '../../../shared/journal';
import { isoDateTime } from '../../../shared/text';
import type { Author } from '../../../shared/basics';
import type { Db } from '../../db/database';
import { sql } from '../../db/statements';
import { indexJournalEntry, promptTextOf } from '../../journal/journal-service';
import { defineSection, sameItem, tally, type Outcome } from '../section';

/** A prompt the couple added (Hearth's own prompts are part of the app, not of the vault). */
const PromptItem = z.object({ id: z.uuid(), text: AddPromptInput.shape.text, addedBy: AddPromptInput.shape.by, createdAt: isoDateTime });
type PromptItem = z.infer<typeof PromptItem>;
type PromptRow = { id: string; text: string; added_by: Author; created_at: string };

/**
 * The couple's own journal prompts. They are never edited, so there is nothing to be newer. Merge: by id; a prompt
 * not in the vault is added, one already there is kept as it is (`skipped`).
 */
export const journalPrompts = defineSection<PromptItem>({
  name: 'journalPrompts',
  item: PromptItem,
  export: (db) =>
    sql<PromptRow>(db, 'SELECT id, text, added_by, created_at FROM journal_prompts ORDER BY id')
      .all()
      .map((p) => ({ id: p.id, text: p.text, addedBy: p.added_by, createdAt: p.created_at })),
  import: (db, items) =>
    tally(
      items.map((p): Outcome =>
        sql(db, 'INSERT OR IGNORE INTO journal_prompts (id, text, added_by, created_at) VALUES (?, ?, ?, ?)').run(p.id, p.text, p.addedBy, p.createdAt).changes
          ? 'added'
          : 'skipped',
      ),
    ),
});

/** An entry: what `journal.write` takes (author, prompt, body, day), with its id, version and times. */
const EntryItem = z.object({
  id: z.uuid(),
  ...WriteJournalInput.shape,
  version: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
type EntryItem = z.infer<typeof EntryItem>;
type EntryRow = { id: string; author: Author; prompt_id: string | null; body: string; date: string; version: number; created_at: string; updated_at: string };

const toItem = (r: EntryRow): EntryItem => ({
  id: r.id,
  author: r.author,
  promptId: r.prompt_id,
  body: r.body,
  date: r.date,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function merge(db: Db, item: EntryItem): Outcome {
  const row = sql<EntryRow>(db, 'SELECT * FROM journal_entries WHERE id = ?').get(item.id);
  if (row && (sameItem(toItem(row), item) || item.version < row.version || (item.version === row.version && item.updatedAt <= row.updated_at))) return 'skipped';
  // A prompt that is neither Hearth's nor in the vault (after journalPrompts) cannot be shown: the entry keeps its words as a daily reflection.
  const promptId = promptTextOf(db, item.promptId) === null ? null : item.promptId;
  sql(
    db,
    'INSERT OR REPLACE INTO journal_entries (id, author, prompt_id, body, date, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(item.id, item.author, promptId, item.body, item.date, item.version, item.createdAt, item.updatedAt);
  indexJournalEntry(db, item.id, promptId, item.body);
  return row ? 'updated' : 'added';
}

/**
 * Shared journal entries. Merge: by id; the incoming entry replaces the vault's when its `version` is higher, or
 * equal with a later `updatedAt`; otherwise the vault's is kept. An entry whose prompt is neither Hearth's nor in the
 * vault comes in without a prompt. The search entry is rebuilt as the journal's own saves build it.
 */
export const journalEntries = defineSection<EntryItem>({
  name: 'journalEntries',
  item: EntryItem,
  export: (db) => sql<EntryRow>(db, 'SELECT * FROM journal_entries ORDER BY id').all().map(toItem),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
