import type { Migration } from './index';

/** The couple, and small settings. Every later feature adds its own tables in its own migration. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE partners (
        id TEXT PRIMARY KEY CHECK (id IN ('a', 'b')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Names for passphrase slots live here, encrypted, never in the plaintext keyslots.json.
      CREATE TABLE key_slot_labels (
        slot_id TEXT PRIMARY KEY,
        label TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
