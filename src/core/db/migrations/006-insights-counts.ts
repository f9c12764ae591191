import type { Migration } from './index';

/**
 * Live timeline events counted by month, kind and valence, kept exact by triggers, so the insights page reads a
 * few hundred rows instead of grouping every event on every visit. The triggers fire on every connection (the
 * worker's purge and import included); a count that reaches zero is removed, so the table only holds real months.
 */
export const insightsCounts: Migration = {
  version: 6,
  name: 'insights-counts',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_month_counts (
        month TEXT NOT NULL,
        kind TEXT NOT NULL,
        valence INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, kind, valence)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO timeline_month_counts (month, kind, valence, n)
        SELECT substr(start_date, 1, 7), kind, valence, count(*) FROM timeline_events
         WHERE deleted_at IS NULL GROUP BY 1, 2, 3;

      CREATE TRIGGER timeline_month_counts_insert AFTER INSERT ON timeline_events
        WHEN NEW.deleted_at IS NULL
      BEGIN
        INSERT INTO timeline_month_counts (month, kind, valence, n) VALUES (substr(NEW.start_date, 1, 7), NEW.kind, NEW.valence, 1)
          ON CONFLICT (month, kind, valence) DO UPDATE SET n = n + 1;
      END;

      CREATE TRIGGER timeline_month_counts_delete AFTER DELETE ON timeline_events
        WHEN OLD.deleted_at IS NULL
      BEGIN
        UPDATE timeline_month_counts SET n = n - 1
         WHERE month = substr(OLD.start_date, 1, 7) AND kind = OLD.kind AND valence = OLD.valence;
        DELETE FROM timeline_month_counts
         WHERE month = substr(OLD.start_date, 1, 7) AND kind = OLD.kind AND valence = OLD.valence AND n <= 0;
      END;

      -- Only when the event is or was live and its bucket or liveness changed: an ordinary save costs nothing here.
      CREATE TRIGGER timeline_month_counts_update AFTER UPDATE OF start_date, kind, valence, deleted_at ON timeline_events
        WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL)
         AND ((OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
              OR substr(OLD.start_date, 1, 7) IS NOT substr(NEW.start_date, 1, 7)
              OR OLD.kind IS NOT NEW.kind
              OR OLD.valence IS NOT NEW.valence)
      BEGIN
        UPDATE timeline_month_counts SET n = n - 1
         WHERE OLD.deleted_at IS NULL AND month = substr(OLD.start_date, 1, 7) AND kind = OLD.kind AND valence = OLD.valence;
        INSERT INTO timeline_month_counts (month, kind, valence, n)
          SELECT substr(NEW.start_date, 1, 7), NEW.kind, NEW.valence, 1 WHERE NEW.deleted_at IS NULL
          ON CONFLICT (month, kind, valence) DO UPDATE SET n = n + 1;
        DELETE FROM timeline_month_counts
         WHERE month = substr(OLD.start_date, 1, 7) AND kind = OLD.kind AND valence = OLD.valence AND n <= 0;
      END;
    `);
  },
};
