import sharp from 'sharp';
import { zipSync } from 'fflate';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealDocument } from '../../src/core/transfer/document';
import { expectCode, FAST_KDF, newVault, openVaultFile, tempDir } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');
type Vault = Awaited<ReturnType<typeof newVault>>;

/** A photo that says where it was taken and with what, as phone photos do: EXIF (camera, GPS) and XMP. */
function withLocation(image: sharp.Sharp): sharp.Sharp {
  return image
    .withExif({ IFD0: { Make: 'CanaryPhone', Model: 'Canary 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="CanaryPhone"/></rdf:RDF></x:xmpmeta>');
}

const canvas = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 80 } } });

/** Every photo the vault stores, full size and thumbnail, with what sharp finds in it. */
function storedPhotos(v: Vault) {
  const db = openVaultFile(v.dir, v.recoveryCode, { readonly: true });
  try {
    return db.prepare('SELECT p.thumbnail, b.bytes FROM photos p JOIN photo_bytes b ON b.photo_id = p.id').all() as { thumbnail: Buffer; bytes: Buffer }[];
  } finally {
    db.close();
  }
}

async function expectNoLocationOrCamera(v: Vault, count: number): Promise<void> {
  const photos = storedPhotos(v);
  expect(photos).toHaveLength(count);
  for (const file of photos.flatMap((p) => [p.bytes, p.thumbnail])) {
    const meta = await sharp(file).metadata();
    expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
    expect(file.includes(Buffer.from('CanaryPhone'))).toBe(false);
  }
}

/** A Hearth export holding one event with one photo whose bytes (and thumbnail) still say where it was taken. */
async function hearthExportWithLocation(): Promise<string> {
  const source = await newVault();
  const event = await source.core.timeline.create({ kind: 'memory', title: 'The harbour', startDate: '2024-04-04', author: 'both' });
  await source.core.timeline.addPhoto({ eventId: event.id, bytes: new Uint8Array(await canvas(40, 30).jpeg().toBuffer()) });
  const path = join(tempDir('hearth-export-'), 'export.json');
  source.platform.nextSavePath = path;
  await source.core.transfer.exportAll({});
  // As a file made or changed anywhere else could be: Hearth's own format is no promise that a photo was stripped.
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  const photo = doc.sections.timeline[0].photos[0];
  const [bytes, thumbnail] = [await withLocation(canvas(40, 30).jpeg()).toBuffer(), await withLocation(canvas(40, 30).webp()).toBuffer()];
  for (const file of [bytes, thumbnail]) expect(await sharp(file).metadata()).toMatchObject({ exif: expect.any(Buffer), xmp: expect.any(Buffer) });
  Object.assign(photo, { bytes: bytes.toString('base64'), thumbnail: thumbnail.toString('base64') });
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

async function dayOneZip(): Promise<string> {
  const journal = JSON.parse(readFileSync(join(FIXTURES, 'day-one', 'Journal.json'), 'utf8'));
  const zip = zipSync({
    'Journal.json': new TextEncoder().encode(JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) })),
    'photos/0f5e2a7c9b1d3e4f5a6b7c8d9e0f1a2b.jpeg': await withLocation(canvas(64, 48).jpeg()).toBuffer(),
  });
  const path = join(tempDir(), 'Export-Journal.zip');
  writeFileSync(path, zip);
  return path;
}

describe('imports that leak nothing', () => {
  it('re-encodes photos from every import path as an added photo is: no location or camera data survives', async () => {
    const hearth = await hearthExportWithLocation();
    const sealed = join(tempDir('hearth-export-'), 'export.protected.json');
    writeFileSync(sealed, await sealDocument(readFileSync(hearth, 'utf8'), 'a long export passphrase', FAST_KDF));
    const imports = [{ path: hearth }, { path: sealed, passphrase: 'a long export passphrase' }, { path: await dayOneZip() }];
    for (const file of imports) {
      const v = await newVault();
      await v.core.transfer.importFile(file);
      await expectNoLocationOrCamera(v, 1);
      const [event] = (await v.core.timeline.list({})).items;
      const [photo] = (await v.core.timeline.get({ id: event!.id })).photos;
      expect([photo!.width, photo!.height]).toEqual(file.path.endsWith('.zip') ? [64, 48] : [40, 30]);
    }
  });

  it('refuses a Hearth export whose photo is not an image, importing nothing', async () => {
    const path = await hearthExportWithLocation();
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    // JPEG's first bytes (so the file's own check passes), then nothing an image decoder can read.
    doc.sections.timeline[0].photos[0].bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]).toString('base64');
    writeFileSync(path, JSON.stringify(doc));
    const v = await newVault();
    expect((await expectCode(v.core.transfer.importFile({ path }), 'VALIDATION')).message).toMatch(/photo.*Nothing was imported/);
    expect((await v.core.timeline.list({})).items).toEqual([]);
  });
});

describe('imports that lose nothing', () => {
  const files = {
    'mini-diary': async () => join(FIXTURES, 'mini-diary.json'),
    jrnl: async () => join(FIXTURES, 'jrnl.json'),
    'day-one': dayOneZip,
    hearth: hearthExportWithLocation,
  };

  for (const [format, file] of Object.entries(files)) {
    it(`makes a checked pre-import copy of the vault before a ${format} import, listed like the pre-restore one`, async () => {
      const path = await file();
      const v = await newVault();
      await v.core.timeline.create({ kind: 'memory', title: 'Ours before the import', startDate: '2024-01-01', author: 'both' });
      v.clock.advance(60_000);
      const report = await v.core.transfer.importFile({ path });
      expect(report.format).toBe(format);

      const [copy, ...others] = await v.core.backups.list();
      expect(others).toEqual([]);
      expect(copy).toMatchObject({ kind: 'pre-import', id: 'hearth-2026-11-26T10-01-00Z-pre-import.db', createdAt: '2026-11-26T10:01:00.000Z' });
      expect(copy!.verifiedAt).not.toBeNull();
      // It holds the vault as it was, and restoring it takes the import back.
      const restored = await v.core.backups.restore({ id: copy!.id });
      expect(restored.restored.kind).toBe('pre-import');
      expect((await v.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Ours before the import']);
    });
  }

  it('imports nothing when the pre-import copy cannot be made, and makes none for a file it cannot read', async () => {
    const v = await newVault();
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, '{"not": "a journal"}');
    await expectCode(v.core.transfer.importFile({ path: broken }), 'VALIDATION');
    expect(await v.core.backups.list()).toEqual([]);

    rmSync(join(v.dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(v.dir, 'backups'), 'a file where the backups folder should be');
    await expectCode(v.core.transfer.importFile({ path: join(FIXTURES, 'jrnl.json') }), 'IO');
    expect((await v.core.timeline.list({})).items).toEqual([]);
  });
});
