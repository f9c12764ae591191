import { HearthError } from '../../shared/errors';
import { processPhoto } from '../timeline/photos';
import type { ParsedDocument } from './document';
import type { TimelineItem } from './sections/timeline';

type PhotoItem = TimelineItem['photos'][number];

/**
 * A photo arriving in an import, re-encoded exactly as a photo added to Hearth (timeline/photos.ts): upright, with a
 * fresh thumbnail, and no location, camera or other metadata (EXIF, XMP, IPTC) left in either.
 */
export async function importedPhoto(bytes: Uint8Array, fields: Pick<PhotoItem, 'id' | 'position' | 'caption' | 'createdAt'>): Promise<PhotoItem> {
  const photo = await processPhoto(bytes);
  return {
    ...fields,
    mime: photo.mime as PhotoItem['mime'],
    width: photo.width,
    height: photo.height,
    bytes: photo.bytes.toString('base64'),
    thumbnail: photo.thumbnail.toString('base64'),
  };
}

/**
 * A Hearth export's photos, each re-encoded (`importedPhoto`): the file may have been made or changed anywhere, so
 * what it says was stripped is not taken on trust. A photo that does not decode refuses the whole file, as any other
 * malformed item does. `step` is called between photos and may throw to stop (a cancel).
 */
export async function reencodeTimelinePhotos(doc: ParsedDocument, step: () => void = () => {}): Promise<ParsedDocument> {
  const items = doc.sections.get('timeline') as TimelineItem[] | undefined;
  if (!items?.some((item) => item.photos.length > 0)) return doc;
  const reencoded: TimelineItem[] = [];
  for (const item of items) {
    const photos: PhotoItem[] = [];
    for (const { bytes, id, position, caption, createdAt } of item.photos) {
      step();
      try {
        photos.push(await importedPhoto(Buffer.from(bytes, 'base64'), { id, position, caption, createdAt }));
      } catch (error) {
        if (error instanceof HearthError && error.code === 'VALIDATION') {
          throw new HearthError('VALIDATION', 'A photo in this file is not an image Hearth can read. Nothing was imported.');
        }
        throw error;
      }
    }
    reencoded.push({ ...item, photos });
  }
  return { ...doc, sections: new Map(doc.sections).set('timeline', reencoded) };
}
