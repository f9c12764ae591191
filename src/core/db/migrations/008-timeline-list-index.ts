import type { Migration } from './index';

/**
 * The timeline list reads a page from one index: every column a list row shows (the excerpt too) is in
 * `timeline_live_list`, so paging never reads the events themselves, whose bodies fill most of the file. On an
 * encrypted vault each page read is decrypted and checked, so reading about a third as many pages is what keeps a
 * long scroll close to the speed of an unencrypted file. `excerpt` (the start of the body, as the list shows it) is
 * kept by triggers, so no writer has to remember it; the index replaces `timeline_live_by_date`, whose
 * (start_date, id) order it begins with.
 */
export const timelineListIndex: Migration = {
  version: 8,
  name: 'timeline-list-index',
  up(db) {
    db.exec(`
      ALTER TABLE timeline_events ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
      UPDATE timeline_events SET excerpt = substr(body, 1, 240);

      CREATE TRIGGER timeline_excerpt_insert AFTER INSERT ON timeline_events
      BEGIN
        UPDATE timeline_events SET excerpt = substr(NEW.body, 1, 240) WHERE rowid = NEW.rowid;
      END;
      CREATE TRIGGER timeline_excerpt_update AFTER UPDATE OF body ON timeline_events
      BEGIN
        UPDATE timeline_events SET excerpt = substr(NEW.body, 1, 240) WHERE rowid = NEW.rowid;
      END;

      DROP INDEX timeline_live_by_date;
      CREATE INDEX timeline_live_list ON timeline_events (start_date, id, kind, title, end_date, author, valence, excerpt, deleted_at)
        WHERE deleted_at IS NULL;
    `);
  },
};
