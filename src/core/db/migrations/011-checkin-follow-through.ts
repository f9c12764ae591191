import type { Migration } from './index';

/**
 * A check-in follows through on the plans made since the one before (an aftermath's "one thing I can do next time", a
 * conflict reflection's request, a forgiveness commitment), and a reflection can be begun from a check-in.
 *
 * `checkin_follow_ups` holds, per check-in, the plans it brought up (which reflection, whose plan) and how each went;
 * the plan's words stay in the reflection, so a follow-up never copies them. `reflections.checkin_id` is the check-in a
 * reflection was begun from: setting a check-in aside unlinks it, and the reflection stays.
 */
export const checkinFollowThrough: Migration = {
  version: 11,
  name: 'checkin-follow-through',
  up(db) {
    db.exec(`
      ALTER TABLE reflections ADD COLUMN checkin_id TEXT REFERENCES checkins (id) ON DELETE SET NULL;
      CREATE INDEX reflections_by_checkin ON reflections (checkin_id) WHERE checkin_id IS NOT NULL;

      CREATE TABLE checkin_follow_ups (
        checkin_id TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        partner TEXT NOT NULL CHECK (partner IN ('a', 'b')),
        outcome TEXT CHECK (outcome IN ('went_well', 'partly', 'not_yet')),
        note TEXT NOT NULL,
        updated_at TEXT,
        PRIMARY KEY (checkin_id, reflection_id, partner)
      ) STRICT, WITHOUT ROWID;
      -- The latest follow-up of a plan, when the next check-in decides whether to bring it up again.
      CREATE INDEX checkin_follow_ups_by_plan ON checkin_follow_ups (reflection_id, partner);
    `);
  },
};
