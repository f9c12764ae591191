import type { Migration } from './index';

/**
 * FTS5 tidies its index as it goes: every few inserts it merges segments together, inside the insert that happens to
 * cross the line. On a large vault that merge rewrites thousands of pages (tens to hundreds of milliseconds, on the
 * main connection, in the middle of someone's save). From this version on, inserts never merge (`automerge` 0);
 * the index worker merges a bounded amount after each save's purge (search-index.ts `upkeepStep`), and `crisismerge`
 * is only a backstop for a worker that fell far behind. Both settings live in the index's own config table, so every
 * connection (the worker's too) follows them.
 *
 * `search_sweep` holds one row while deleted words may still sit on index pages and a full rewrite is owed
 * (search-index.ts `needSweep`); it survives a restart, so a sweep cut short resumes after the next unlock.
 */
export const indexMergesOffSaves: Migration = {
  version: 7,
  name: 'index-merges-off-saves',
  up(db) {
    db.exec(`
      INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);
      INSERT INTO search_index (search_index, rank) VALUES ('crisismerge', 64);
      CREATE TABLE search_sweep (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
    `);
  },
};
