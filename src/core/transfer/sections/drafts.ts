import { z } from 'zod';
import { DraftKey } from '../../../shared/drafts';
import { LIMITS, isoDateTime } from '../../../shared/text';
import { sql } from '../../db/statements';
import { defineSection, sameItem, tally, type Outcome } from '../section';

const DraftItem = z.object({
  key: DraftKey,
  content: z.string().max(LIMITS.body * 2).refine((s) => s.isWellFormed(), 'Text contains broken characters.'),
  baseVersion: z.number().int().min(1).nullable(),
  savedAt: isoDateTime,
});
type DraftItem = z.infer<typeof DraftItem>;
type Row = { key: string; content: string; base_version: number | null; saved_at: string };

const toItem = (r: Row): DraftItem => ({ key: r.key, content: r.content, baseVersion: r.base_version, savedAt: r.saved_at });

/** Unsaved text. Merge: by key; the later `savedAt` wins. */
export const drafts = defineSection<DraftItem>({
  name: 'drafts',
  item: DraftItem,
  export: (db) => sql<Row>(db, 'SELECT key, content, base_version, saved_at FROM drafts ORDER BY key').all().map(toItem),
  import: (db, items) =>
    tally(
      items.map((item): Outcome => {
        const row = sql<Row>(db, 'SELECT key, content, base_version, saved_at FROM drafts WHERE key = ?').get(item.key);
        if (row && (sameItem(toItem(row), item) || row.saved_at >= item.savedAt)) return 'skipped';
        sql(db, 'INSERT OR REPLACE INTO drafts (key, content, base_version, saved_at) VALUES (?, ?, ?, ?)').run(item.key, item.content, item.baseVersion, item.savedAt);
        return row ? 'updated' : 'added';
      }),
    ),
});
