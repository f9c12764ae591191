import type { Migration } from './index';

/**
 * Guided reflections. The answers are JSON checked by the shared zod schemas on every read and write;
 * what lists filter and sort on has real columns. An aftermath's two sides are rows of their own, so one
 * partner's save can never touch the other's; forgiveness check-backs are appended rows.
 */
export const reflections: Migration = {
  version: 3,
  name: 'reflections',
  up(db) {
    db.exec(`
      CREATE TABLE reflections (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('conflict', 'aftermath', 'forgiveness')),
        title TEXT NOT NULL,
        author TEXT NOT NULL CHECK (author IN ('a', 'b', 'both')),
        status TEXT NOT NULL CHECK (status IN ('draft', 'complete', 'resolved')),
        answers TEXT NOT NULL,
        event_id TEXT REFERENCES timeline_events (id) ON DELETE SET NULL,
        repair_event_id TEXT REFERENCES timeline_events (id) ON DELETE SET NULL,
        for_therapy INTEGER NOT NULL CHECK (for_therapy IN (0, 1)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        completed_at TEXT,
        resolved_at TEXT
      ) STRICT;
      -- Keyset pages walk (updated_at, id), most recently changed first.
      CREATE INDEX reflections_by_updated ON reflections (updated_at, id);
      CREATE INDEX reflections_by_event ON reflections (event_id) WHERE event_id IS NOT NULL;
      CREATE INDEX reflections_by_repair ON reflections (repair_event_id) WHERE repair_event_id IS NOT NULL;

      CREATE TABLE reflection_sides (
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        partner TEXT NOT NULL CHECK (partner IN ('a', 'b')),
        answers TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        version INTEGER NOT NULL,
        updated_at TEXT,
        PRIMARY KEY (reflection_id, partner)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE reflection_check_backs (
        id INTEGER PRIMARY KEY,
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('not_yet', 'working_on_it', 'forgiven', 'released')),
        note TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reflection_check_backs_by_reflection ON reflection_check_backs (reflection_id, date, id);
    `);
  },
};
