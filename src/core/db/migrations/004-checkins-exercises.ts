import type { Migration } from './index';

/**
 * Check-ins and the guide's exercises: appreciations, the shared journal, love languages. Local days
 * (`completed_on`, `created_on`, `date`) are stored beside instants so months group in SQL by the
 * couple's own calendar. One index on the timeline serves the insights page.
 */
export const checkinsExercises: Migration = {
  version: 4,
  name: 'checkins-exercises',
  up(db) {
    db.exec(`
      CREATE TABLE appreciation_sessions (
        id TEXT PRIMARY KEY,
        first_turn TEXT NOT NULL CHECK (first_turn IN ('a', 'b')),
        started_at TEXT NOT NULL,
        finished_at TEXT
      ) STRICT;
      CREATE INDEX appreciation_sessions_by_start ON appreciation_sessions (started_at, id);

      CREATE TABLE appreciations (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES appreciation_sessions (id) ON DELETE CASCADE,
        from_partner TEXT NOT NULL CHECK (from_partner IN ('a', 'b')),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_on TEXT NOT NULL
      ) STRICT;
      CREATE INDEX appreciations_by_session ON appreciations (session_id, created_at);
      -- "Received by b" is "from a": the running collection and the monthly counts both read this.
      CREATE INDEX appreciations_by_from ON appreciations (from_partner, created_at);
      CREATE INDEX appreciations_by_day ON appreciations (created_on, from_partner);

      CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('open', 'complete')),
        started_at TEXT NOT NULL,
        completed_at TEXT,
        completed_on TEXT,
        appreciation_session_id TEXT REFERENCES appreciation_sessions (id) ON DELETE SET NULL,
        CHECK ((status = 'open') = (completed_at IS NULL))
      ) STRICT;
      -- One check-in open at a time, enforced by the database as well as the service.
      CREATE UNIQUE INDEX checkins_one_open ON checkins (status) WHERE status = 'open';
      CREATE INDEX checkins_by_completed ON checkins (completed_at, id) WHERE status = 'complete';
      CREATE INDEX checkins_by_day ON checkins (completed_on) WHERE status = 'complete';

      -- One row per partner. Answers are JSON checked by the shared schema; hidden rows are never read
      -- out while the check-in is open.
      CREATE TABLE checkin_answers (
        checkin_id TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
        partner TEXT NOT NULL CHECK (partner IN ('a', 'b')),
        answers TEXT NOT NULL,
        rating INTEGER CHECK (rating BETWEEN 1 AND 10),
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        submitted_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (checkin_id, partner)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE journal_prompts (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        added_by TEXT NOT NULL CHECK (added_by IN ('a', 'b', 'both')),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE journal_entries (
        id TEXT PRIMARY KEY,
        author TEXT NOT NULL CHECK (author IN ('a', 'b', 'both')),
        prompt_id TEXT,
        body TEXT NOT NULL,
        date TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX journal_by_date ON journal_entries (date, id);
      CREATE INDEX journal_by_prompt ON journal_entries (prompt_id, date) WHERE prompt_id IS NOT NULL;

      CREATE TABLE love_language_profiles (
        partner TEXT PRIMARY KEY CHECK (partner IN ('a', 'b')),
        primary_language TEXT NOT NULL CHECK (primary_language IN ('words', 'acts', 'gifts', 'time', 'touch')),
        secondary_language TEXT CHECK (secondary_language IN ('words', 'acts', 'gifts', 'time', 'touch')),
        updated_at TEXT NOT NULL,
        CHECK (secondary_language IS NULL OR secondary_language <> primary_language)
      ) STRICT;

      CREATE TABLE love_language_actions (
        id TEXT PRIMARY KEY,
        by_partner TEXT NOT NULL CHECK (by_partner IN ('a', 'b')),
        for_partner TEXT NOT NULL CHECK (for_partner IN ('a', 'b')),
        language TEXT NOT NULL CHECK (language IN ('words', 'acts', 'gifts', 'time', 'touch')),
        note TEXT NOT NULL,
        date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (by_partner <> for_partner)
      ) STRICT;
      CREATE INDEX love_language_actions_by_date ON love_language_actions (date, id);

      -- Insights count live events by month, kind and feeling from this index alone (deleted_at is listed
      -- so SQLite treats the index as covering; in it, it is always NULL).
      CREATE INDEX timeline_live_insights ON timeline_events (start_date, kind, valence, deleted_at) WHERE deleted_at IS NULL;
    `);
  },
};
