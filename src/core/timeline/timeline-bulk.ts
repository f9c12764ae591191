import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { insertPhoto } from './photo-repository';
import type { ProcessedPhoto } from './photos';
import { insertEvent, searchTextOf, type EventFields } from './timeline-repository';

export interface BulkPhoto {
  id: string;
  photo: ProcessedPhoto;
  caption: string;
  createdAt: string;
}

export interface BulkEvent {
  id: string;
  /** Already validated and normalised, as the contract's NewEventInput outputs them. */
  fields: EventFields;
  createdAt: string;
  photos?: BulkPhoto[];
}

/**
 * Write many new events in one transaction: the same rows `create` and then `addPhoto` write
 * (event, tags, photos, and one search_index row with the same text). For the benchmark generator
 * and large-vault tests only: every id must be new, which lets it skip `indexEntry`'s look-up of an
 * old index row.
 */
export function insertEventsBulk(db: Db, events: readonly BulkEvent[]): void {
  const addToIndex = sql(db, 'INSERT INTO search_index (kind, ref_id, title, body) VALUES (?, ?, ?, ?)');
  const addRow = sql(db, 'INSERT INTO search_rows (kind, ref_id, row) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const event of events) {
      insertEvent(db, event.id, event.fields, event.createdAt);
      (event.photos ?? []).forEach(({ id, photo, caption, createdAt }, i) => insertPhoto(db, event.id, { ...photo, id, position: i + 1, caption, createdAt }));
      const { lastInsertRowid } = addToIndex.run('timeline', event.id, event.fields.title, searchTextOf(db, event.id, event.fields));
      addRow.run('timeline', event.id, lastInsertRowid);
    }
  })();
}
