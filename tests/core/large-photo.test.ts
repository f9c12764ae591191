import sharp from 'sharp';
import { zipSync } from 'fflate';
import { readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newVault, tempDir } from './helpers';

/** 8660 × 5774 pixels, about 50 megapixels: 150 MB decoded, above the 100 MB past which libvips would decode to disk. */
const WIDTH = 8660;
const HEIGHT = 5774;
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

/** Run `work` with the temp folder pointed at an empty folder of its own, and return every name that appeared in it. */
async function tempFilesDuring(work: () => Promise<unknown>): Promise<string[]> {
  const temp = tempDir('hearth-temp-');
  const before = TEMP_VARIABLES.map((name) => process.env[name]);
  const seen: string[] = [];
  // libvips opens its file and unlinks it at once (the pixels still go to the disk): only a watch sees it.
  const watcher = watch(temp, (_event, name) => seen.push(String(name)));
  for (const name of TEMP_VARIABLES) process.env[name] = temp;
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the watch's last reports
  } finally {
    TEMP_VARIABLES.forEach((name, i) => (before[i] === undefined ? delete process.env[name] : (process.env[name] = before[i])));
    watcher.close();
  }
  return [...new Set([...seen, ...readdirSync(temp)])];
}

describe('a very large photo', () => {
  it('leaves no decoded pixels in the temp folder, added or imported (50 megapixels)', async () => {
    const v = await newVault();
    const event = await v.core.timeline.create({ kind: 'memory', title: 'The whole bay', startDate: '2024-07-01', author: 'both' });
    // A WebP: libvips cannot decode it top to bottom, so above its threshold it decodes the whole image to a temp file.
    const webp = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#c87' } }).webp({ effort: 0 }).toBuffer();
    const journal = { metadata: { version: '1.0' }, entries: [{ uuid: 'B1A2C3D4E5F60718293A4B5C6D7E8F90', creationDate: '2024-07-02T10:00:00Z', text: 'The bay again', photos: [{ identifier: 'C1D2E3F4A5B60718293A4B5C6D7E8F90', md5: 'c0ffee00c0ffee00c0ffee00c0ffee00', type: 'webp' }] }] };
    const zip = join(tempDir(), 'Export-Journal.zip');
    writeFileSync(zip, zipSync({ 'Journal.json': new TextEncoder().encode(JSON.stringify(journal)), 'photos/c0ffee00c0ffee00c0ffee00c0ffee00.webp': webp }));

    // On the main thread (adding a photo), and on the worker (an import). The worker is started first: from source it
    // runs through tsx, which keeps a cache in the temp folder of its own (the built app has no such cache).
    await v.core.backups.backupNow('vault');
    const added = await tempFilesDuring(() => v.core.timeline.addPhoto({ eventId: event.id, bytes: new Uint8Array(webp) }));
    expect(added).toEqual([]);
    const imported = await tempFilesDuring(() => v.core.transfer.importFile({ path: zip }));
    expect(imported).toEqual([]);

    const events = (await v.core.timeline.list({ order: 'oldest' })).items;
    const photos = await Promise.all(events.map(async (e) => (await v.core.timeline.get({ id: e.id })).photos));
    expect(photos.flat().map((p) => [p.width, p.height])).toEqual([[WIDTH, HEIGHT], [WIDTH, HEIGHT]]);
  });
});
