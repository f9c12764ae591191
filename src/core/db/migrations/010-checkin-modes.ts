import type { Migration } from './index';

/**
 * A check-in is done one of two ways: each partner on their own (every check-in before this one was) or both
 * together at the screen, taking turns aloud. Done together, it also keeps who spoke first on the first question,
 * since the turns alternate from there; done apart there is no such turn, so it stays null.
 */
export const checkinModes: Migration = {
  version: 10,
  name: 'checkin-modes',
  up(db) {
    db.exec(`
      ALTER TABLE checkins ADD COLUMN mode TEXT NOT NULL DEFAULT 'apart' CHECK (mode IN ('apart', 'together'));
      ALTER TABLE checkins ADD COLUMN first_turn TEXT
        CHECK ((mode = 'together' AND first_turn IS NOT NULL AND first_turn IN ('a', 'b')) OR (mode = 'apart' AND first_turn IS NULL));
    `);
  },
};
