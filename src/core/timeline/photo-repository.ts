import type { PhotoSummary } from '../../shared/timeline';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { toDataUrl } from './photos';

// The photos of timeline events (`photos`, and their bytes in `photo_bytes`): every statement on them, and their
// rows read once into what the app and the full export hold.

/** A photo as stored, its bytes and thumbnail included (the full export holds them whole). */
export interface StoredPhoto {
  id: string;
  position: number;
  mime: string;
  width: number;
  height: number;
  caption: string;
  createdAt: string;
  bytes: Buffer;
  thumbnail: Buffer;
}

type PhotoRow = { id: string; position: number; mime: string; width: number; height: number; caption: string; created_at: string; bytes: Buffer; thumbnail: Buffer };

/** An event's photos as the app lists them: thumbnails, in their order. */
export function photosOf(db: Db, eventId: string): PhotoSummary[] {
  return sql<{ id: string; width: number; height: number; thumbnail: Buffer; caption: string }>(
    db,
    'SELECT id, width, height, thumbnail, caption FROM photos WHERE event_id = ? ORDER BY position',
  )
    .all(eventId)
    .map((p) => ({ id: p.id, width: p.width, height: p.height, caption: p.caption, thumbnail: toDataUrl('image/webp', p.thumbnail) }));
}

/** An event's photos whole, in their order (ties by id). */
export function storedPhotosOf(db: Db, eventId: string): StoredPhoto[] {
  return sql<PhotoRow>(
    db,
    `SELECT p.id, p.position, p.mime, p.width, p.height, p.caption, p.created_at, b.bytes, p.thumbnail
       FROM photos p JOIN photo_bytes b ON b.photo_id = p.id WHERE p.event_id = ? ORDER BY p.position, p.id`,
  )
    .all(eventId)
    .map((p) => ({ id: p.id, position: p.position, mime: p.mime, width: p.width, height: p.height, caption: p.caption, createdAt: p.created_at, bytes: p.bytes, thumbnail: p.thumbnail }));
}

/** One photo with its bytes, to be opened; undefined when it is not there. */
export function photoWithBytes(db: Db, id: string): { mime: string; width: number; height: number; bytes: Buffer } | undefined {
  return sql<{ mime: string; width: number; height: number; bytes: Buffer }>(
    db,
    'SELECT p.mime, p.width, p.height, b.bytes FROM photos p JOIN photo_bytes b ON b.photo_id = p.id WHERE p.id = ?',
  ).get(id);
}

/** The event a photo belongs to; undefined when there is no such photo. */
export function photoOwner(db: Db, id: string): string | undefined {
  return sql<{ event_id: string }>(db, 'SELECT event_id FROM photos WHERE id = ?').get(id)?.event_id;
}

/** The captions an event's photos have (the empty ones left out), for its search entry. */
export function captionsOf(db: Db, eventId: string): string[] {
  return sql<{ caption: string }>(db, 'SELECT caption FROM photos WHERE event_id = ? AND caption <> ?').all(eventId, '').map((r) => r.caption);
}

/** The position after an event's last photo. */
export function nextPhotoPosition(db: Db, eventId: string): number {
  return sql<{ next: number }>(db, 'SELECT coalesce(max(position), 0) + 1 AS next FROM photos WHERE event_id = ?').get(eventId)!.next;
}

/** A new photo of an event: its row and its bytes. */
export function insertPhoto(db: Db, eventId: string, photo: StoredPhoto): void {
  sql(db, 'INSERT INTO photos (id, event_id, position, mime, width, height, caption, thumbnail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    photo.id, eventId, photo.position, photo.mime, photo.width, photo.height, photo.caption, photo.thumbnail, photo.createdAt,
  );
  sql(db, 'INSERT INTO photo_bytes (photo_id, bytes) VALUES (?, ?)').run(photo.id, photo.bytes);
}

export function setCaption(db: Db, id: string, caption: string): void {
  sql(db, 'UPDATE photos SET caption = ? WHERE id = ?').run(caption, id);
}

/** Moves a photo to a place among its event's, with its caption. */
export function placePhoto(db: Db, id: string, position: number, caption: string): void {
  sql(db, 'UPDATE photos SET position = ?, caption = ? WHERE id = ?').run(position, caption, id);
}

export function deletePhoto(db: Db, id: string): void {
  sql(db, 'DELETE FROM photos WHERE id = ?').run(id);
}
