import type { Migration } from './index';

/**
 * Where each entry sits in the full-text index. Without it, replacing an entry's words meant
 * `DELETE … WHERE kind = ? AND ref_id = ?` on the FTS table: a scan of the whole index per save.
 */
export const searchRows: Migration = {
  version: 5,
  name: 'search-rows',
  up(db) {
    db.exec(`
      CREATE TABLE search_rows (
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        row INTEGER NOT NULL UNIQUE,
        PRIMARY KEY (kind, ref_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO search_rows (kind, ref_id, row) SELECT kind, ref_id, rowid FROM search_index;
    `);
  },
};
