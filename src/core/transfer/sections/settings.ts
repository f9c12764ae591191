import { z } from 'zod';
import { isoDateTime } from '../../../shared/text';
import { sql } from '../../db/statements';
import { RECOVERY_UNSEEN_SETTING } from '../../keys/recovery-state';
import { TRUSTED_SLOTS_SETTING } from '../../keys/slot-trust';
import { defineSection, sameItem, tally, type Outcome } from '../section';

const Setting = z.object({
  key: z.string().min(1).max(200),
  /** JSON, as the feature that owns the key wrote it. */
  value: z
    .string()
    .max(100_000)
    .refine((s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }, 'A setting is not valid JSON.'),
  updatedAt: isoDateTime,
});
type Setting = z.infer<typeof Setting>;
type Row = { key: string; value: string; updated_at: string };

/**
 * Settings that belong to this copy of the vault and never travel: the list of its own key slots (another vault's
 * list would refuse this one's passphrases) and whether its recovery code was seen. An export leaves them out; an
 * import ignores them.
 */
const OWN = new Set([TRUSTED_SLOTS_SETTING, RECOVERY_UNSEEN_SETTING]);

/** The vault's own settings (e.g. the check-in cadence). Merge: by key; the later `updatedAt` wins. */
export const settings = defineSection<Setting>({
  name: 'settings',
  item: Setting,
  export: (db) =>
    sql<Row>(db, 'SELECT key, value, updated_at FROM settings ORDER BY key')
      .all()
      .filter((r) => !OWN.has(r.key))
      .map((r) => ({ key: r.key, value: r.value, updatedAt: r.updated_at })),
  import: (db, items) =>
    tally(
      items.map((item): Outcome => {
        if (OWN.has(item.key)) return 'skipped';
        const row = sql<Row>(db, 'SELECT key, value, updated_at FROM settings WHERE key = ?').get(item.key);
        if (row && (sameItem({ key: row.key, value: row.value, updatedAt: row.updated_at }, item) || row.updated_at >= item.updatedAt)) return 'skipped';
        sql(db, 'INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(item.key, item.value, item.updatedAt);
        return row ? 'updated' : 'added';
      }),
    ),
});
