import { z } from 'zod';
import { DraftKey } from '../../../shared/drafts';
import { LIMITS, isoDateTime } from '../../../shared/text';
import { allDrafts, findDraft, putDraft } from '../../drafts/draft-repository';
import { defineSection, sameItem, tally, type Outcome } from '../section';

const DraftItem = z.object({
  key: DraftKey,
  content: z.string().max(LIMITS.body * 2).refine((s) => s.isWellFormed(), 'Text contains broken characters.'),
  baseVersion: z.number().int().min(1).nullable(),
  savedAt: isoDateTime,
});
type DraftItem = z.infer<typeof DraftItem>;

/** Unsaved text. Merge: by key; the later `savedAt` wins. */
export const drafts = defineSection<DraftItem>({
  name: 'drafts',
  item: DraftItem,
  export: (db) => allDrafts(db),
  import: (db, items) =>
    tally(
      items.map((item): Outcome => {
        const row = findDraft(db, item.key);
        if (row && (sameItem(row, item) || row.savedAt >= item.savedAt)) return 'skipped';
        putDraft(db, item);
        return row ? 'updated' : 'added';
      }),
    ),
});
