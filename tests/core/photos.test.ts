import sharp from 'sharp';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { NewEventInput } from '../../src/shared/timeline';
import { expectCode, filesContaining, newVault } from './helpers';

const event: NewEventInput = { kind: 'memory', title: 'Beach day', startDate: '2022-08-14', author: 'both' };

/** A JPEG that says where it was taken, as phone photos do. */
async function jpegWithLocation(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 80 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'CanaryPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
    .toBuffer();
}

function fromDataUrl(url: string): Buffer {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

describe('photos', () => {
  it('stores a photo inside the vault without its location data, with a thumbnail', async () => {
    const v = await newVault();
    const e = await v.core.timeline.create(event);
    const original = await jpegWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    // Made at run time, so the only copies are the ones Hearth writes (the test's own source holds no copy).
    const caption = `Sandcastle ${randomBytes(6).toString('hex')}`;
    const photo = await v.core.timeline.addPhoto({ eventId: e.id, bytes: new Uint8Array(original), caption });
    expect(photo).toMatchObject({ width: 800, height: 600, caption });
    const thumb = await sharp(fromDataUrl(photo.thumbnail)).metadata();
    expect(thumb.format).toBe('webp');
    expect(Math.max(thumb.width!, thumb.height!)).toBeLessThanOrEqual(320);

    const full = await v.core.timeline.photo({ id: photo.id });
    const stored = fromDataUrl(full.dataUrl);
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('CanaryPhone'))).toBe(false);

    const withPhoto = await v.core.timeline.get({ id: e.id });
    expect(withPhoto.photos.map((p) => p.caption)).toEqual([caption]);
    expect((await v.core.timeline.list({})).items[0]).toMatchObject({ photoCount: 1, cover: expect.stringMatching(/^data:image\/webp;base64,/) });
    expect((await v.core.search.query({ text: 'sandcastle' })).total).toBe(1);
    // Nothing is written beside the vault: no photo file in the vault folder or the temp folder.
    expect(filesContaining([v.dir, tmpdir()], caption)).toEqual([]);
  });

  it('keeps a 30 MB photo', async () => {
    const v = await newVault();
    const e = await v.core.timeline.create(event);
    // Random pixels do not compress: a 3200×3200 PNG of noise is about 30 MB.
    const noise = await sharp(randomBytes(3200 * 3200 * 3), { raw: { width: 3200, height: 3200, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(noise.length).toBeGreaterThan(30_000_000);
    const photo = await v.core.timeline.addPhoto({ eventId: e.id, bytes: new Uint8Array(noise) });
    expect(photo).toMatchObject({ width: 3200, height: 3200 });
  });

  it('refuses a file that is not an image, whatever it is called, and writes nothing', async () => {
    const v = await newVault();
    const e = await v.core.timeline.create(event);
    const pdf = Buffer.from('%PDF-1.7\n% not a photo at all\n');
    const err = await expectCode(v.core.timeline.addPhoto({ eventId: e.id, bytes: new Uint8Array(pdf) }), 'VALIDATION');
    expect(err.message).toMatch(/JPEG, PNG, WebP or HEIC/);
    const brokenJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2000)]);
    await expectCode(v.core.timeline.addPhoto({ eventId: e.id, bytes: new Uint8Array(brokenJpeg) }), 'VALIDATION');
    expect((await v.core.timeline.get({ id: e.id })).photos).toEqual([]);
  });

  it('changes and removes captions and photos', async () => {
    const v = await newVault();
    const e = await v.core.timeline.create(event);
    const photo = await v.core.timeline.addPhoto({ eventId: e.id, bytes: new Uint8Array(await jpegWithLocation(50, 40)) });
    expect((await v.core.timeline.setPhotoCaption({ id: photo.id, caption: 'Ice cream' })).caption).toBe('Ice cream');
    expect((await v.core.search.query({ text: 'ice cream' })).total).toBe(1);
    await v.core.timeline.removePhoto({ id: photo.id });
    expect((await v.core.timeline.get({ id: e.id })).photos).toEqual([]);
    expect((await v.core.search.query({ text: 'ice cream' })).total).toBe(0);
    await expectCode(v.core.timeline.photo({ id: photo.id }), 'NOT_FOUND');
  });
});
