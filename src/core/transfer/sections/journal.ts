import { z } from 'zod';
import { AddPromptInput, WriteJournalInput } from '../../../shared/journal';
import { isoDateTime } from '../../../shared/text';
import type { Db } from '../../db/database';
import { allEntries, findEntry, indexJournalEntry, insertPromptIfNew, ownPrompts, promptTextOf, putEntry } from '../../journal/journal-repository';
import { defineSection, sameItem, tally, type Outcome } from '../section';

/** A prompt the couple added (Hearth's own prompts are part of the app, not of the vault). */
const PromptItem = z.object({ id: z.uuid(), text: AddPromptInput.shape.text, addedBy: AddPromptInput.shape.by, createdAt: isoDateTime });
type PromptItem = z.infer<typeof PromptItem>;

/**
 * The couple's own journal prompts. They are never edited, so there is nothing to be newer. Merge: by id; a prompt
 * not in the vault is added, one already there is kept as it is (`skipped`).
 */
export const journalPrompts = defineSection<PromptItem>({
  name: 'journalPrompts',
  item: PromptItem,
  export: (db) => ownPrompts(db, 'id'),
  import: (db, items) => tally(items.map((p): Outcome => (insertPromptIfNew(db, p) ? 'added' : 'skipped'))),
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

function merge(db: Db, item: EntryItem): Outcome {
  const row = findEntry(db, item.id);
  if (row && (sameItem(row, item) || item.version < row.version || (item.version === row.version && item.updatedAt <= row.updatedAt))) return 'skipped';
  // A prompt that is neither Hearth's nor in the vault (after journalPrompts) cannot be shown: the entry keeps its words as a daily reflection.
  const promptId = promptTextOf(db, item.promptId) === null ? null : item.promptId;
  putEntry(db, { ...item, promptId });
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
  export: (db) => allEntries(db),
  import: (db, items) => tally(items.map((item) => merge(db, item))),
});
