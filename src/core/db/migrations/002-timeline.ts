import type { Migration } from './index';

/** The timeline: events with tags, versions, links and photos; drafts; one full-text index for everything. */
export const timeline: Migration = {
  version: 2,
  name: 'timeline',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_events (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('milestone', 'memory', 'quality_time', 'appreciation', 'hard_moment', 'repair', 'other')),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT,
        author TEXT NOT NULL CHECK (author IN ('a', 'b', 'both')),
        valence INTEGER NOT NULL CHECK (valence BETWEEN -2 AND 2),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      -- Keyset pages walk (start_date, id) among live events; "on this day" looks up month and day.
      CREATE INDEX timeline_live_by_date ON timeline_events (start_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX timeline_live_by_month_day ON timeline_events (substr(start_date, 6, 5)) WHERE deleted_at IS NULL;
      CREATE INDEX timeline_trash ON timeline_events (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE timeline_tags (
        event_id TEXT NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (event_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX timeline_tags_by_tag ON timeline_tags (tag, event_id);

      CREATE TABLE timeline_versions (
        event_id TEXT NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        PRIMARY KEY (event_id, version)
      ) STRICT;

      -- A link is undirected: stored once, smaller id first.
      CREATE TABLE timeline_links (
        a TEXT NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (a, b),
        CHECK (a < b)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX timeline_links_by_b ON timeline_links (b);

      CREATE TABLE photos (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES timeline_events (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        caption TEXT NOT NULL,
        thumbnail BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX photos_by_event ON photos (event_id, position);
      -- Full images apart from their metadata, so lists never page through megabytes.
      CREATE TABLE photo_bytes (
        photo_id TEXT PRIMARY KEY REFERENCES photos (id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
      ) STRICT;

      CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        content TEXT NOT NULL,
        base_version INTEGER,
        saved_at TEXT NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        kind UNINDEXED,
        ref_id UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
    `);
  },
};
