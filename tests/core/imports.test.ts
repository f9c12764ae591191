import sharp from 'sharp';
import { zipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCode, newVault, tempDir } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');
const fixture = (name: string) => join(FIXTURES, name);

async function titles(v: Awaited<ReturnType<typeof newVault>>) {
  const items = (await v.core.timeline.list({ order: 'oldest' })).items;
  return items.map((e) => ({ title: e.title, startDate: e.startDate, tags: e.tags, kind: e.kind, author: e.author }));
}

/** A JPEG that says where it was taken, as phone photos do. */
async function jpegWithLocation(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 80 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'CanaryPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
    .toBuffer();
}

async function dayOneZip(): Promise<string> {
  const journal = readFileSync(fixture('day-one/Journal.json'));
  const zip = zipSync({
    'Journal.json': journal,
    'photos/0f5e2a7c9b1d3e4f5a6b7c8d9e0f1a2b.jpeg': await jpegWithLocation(),
    // The picnic's two photos: the first its text shows is 80×60, the second 30×40.
    'photos/b2c3d4e5f60718293a4b5c6d7e8f90a1.jpeg': await jpegWithLocation(80, 60),
    'photos/a1b2c3d4e5f60718293a4b5c6d7e8f90.jpeg': await jpegWithLocation(30, 40),
  });
  const path = join(tempDir(), 'Export-Journal.zip');
  writeFileSync(path, zip);
  return path;
}

describe('imports from other journals', () => {
  it('imports Mini Diary’s JSON export as timeline entries, and a second import adds nothing', async () => {
    const v = await newVault();
    const report = await v.core.transfer.importFile({ path: fixture('mini-diary.json') });
    expect(report).toEqual({ format: 'mini-diary', counts: { timeline: { added: 3, updated: 0, skipped: 0 } }, unknownSections: [] });
    expect(await titles(v)).toEqual([
      { title: 'First swim of the summer', startDate: '2019-06-02', tags: ['from mini diary'], kind: 'memory', author: 'both' },
      { title: 'Tired today. Über-long meeting; dinner was leftovers.', startDate: '2019-06-03', tags: ['from mini diary'], kind: 'memory', author: 'both' },
      { title: 'Anniversary 🎉', startDate: '2020-03-08', tags: ['from mini diary'], kind: 'memory', author: 'both' },
    ]);
    const swim = (await v.core.timeline.list({ order: 'oldest' })).items[0]!;
    expect((await v.core.timeline.get({ id: swim.id })).body).toBe('The lake was still cold, but we went in anyway.\n\nAfterwards: **hot chocolate** at the kiosk.');
    expect((await v.core.search.query({ text: 'chocolate' })).total).toBe(1);
    const again = await v.core.transfer.importFile({ path: fixture('mini-diary.json') });
    expect(again.counts.timeline).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect((await v.core.timeline.list({})).items).toHaveLength(3);
  });

  it('imports jrnl’s JSON export with its tags (without the @) and stars', async () => {
    const v = await newVault();
    const report = await v.core.transfer.importFile({ path: fixture('jrnl.json') });
    expect(report.format).toBe('jrnl');
    expect(report.counts.timeline).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(await titles(v)).toEqual([
      { title: 'Walked up to the ridge before breakfast.', startDate: '2021-09-18', tags: ['from jrnl', 'hike', 'starred'], kind: 'memory', author: 'both' },
      { title: 'Sunday lunch with your parents.', startDate: '2021-09-19', tags: ['family', 'from jrnl'], kind: 'memory', author: 'both' },
      { title: 'Second hike, shorter loop.', startDate: '2021-10-02', tags: ['from jrnl', 'hike'], kind: 'memory', author: 'both' },
    ]);
    expect((await v.core.transfer.importFile({ path: fixture('jrnl.json') })).counts.timeline).toEqual({ added: 0, updated: 0, skipped: 3 });
  });

  it('imports a Day One zip with its photos (stripped of location), on the day it was where it was written', async () => {
    const v = await newVault();
    const path = await dayOneZip();
    const report = await v.core.transfer.importFile({ path });
    expect(report).toEqual({ format: 'day-one', counts: { timeline: { added: 3, updated: 0, skipped: 0 } }, unknownSections: [] });
    expect(await titles(v)).toEqual([
      // 21:30 UTC is 23:30 in Berlin: still the 9th there.
      { title: 'Night market in the old town', startDate: '2022-07-09', tags: ['city', 'from day one', 'starred', 'summer'], kind: 'memory', author: 'both' },
      // 23:30 UTC on New Year's Eve is 18:30 in New York.
      { title: "New Year's Eve on the roof", startDate: '2022-12-31', tags: ['from day one'], kind: 'memory', author: 'both' },
      { title: 'Picnic at the lighthouse (finally!)', startDate: '2023-05-20', tags: ['from day one', 'summer'], kind: 'memory', author: 'both' },
    ]);
    const market = (await v.core.timeline.list({ order: 'oldest' })).items[0]!;
    const event = await v.core.timeline.get({ id: market.id });
    expect(event.body).toBe('We shared a paper boat of fried dumplings and walked home along the river.');
    expect(event.photos).toHaveLength(1);
    const photo = await v.core.timeline.photo({ id: event.photos[0]!.id });
    const stored = Buffer.from(photo.dataUrl.slice(photo.dataUrl.indexOf(',') + 1), 'base64');
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('CanaryPhone'))).toBe(false);
    expect((await v.core.transfer.importFile({ path })).counts.timeline).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect((await v.core.timeline.get({ id: market.id })).photos).toHaveLength(1);
  });

  it('reads a Day One entry as it was written: its escapes gone, its Markdown kept, its photo references attached as photos', async () => {
    const v = await newVault();
    await v.core.transfer.importFile({ path: await dayOneZip() });
    const picnic = (await v.core.timeline.list({ order: 'oldest' })).items[2]!;
    const event = await v.core.timeline.get({ id: picnic.id });
    expect(event.title).toBe('Picnic at the lighthouse (finally!)');
    expect(event.body).toBe(
      [
        'We packed 3.5 sandwiches - and one *very* ripe peach. Then a **proper** nap.',
        '',
        '- blanket',
        '- thermos',
        '',
        '1. Not a list, just how I count. It was either\\or.',
        'The sign said #1 [best] view + _sunset_ > noon. Look here.',
        '',
        // Inside code a backslash is the person's own.
        'She saved them in `C:\\Pictures\\.` as usual.',
      ].join('\n'),
    );
    // Both photos the text showed are the entry's own, in the order it showed them; no reference is left as text.
    expect(event.photos.map((p) => [p.width, p.height])).toEqual([[80, 60], [30, 40]]);
    expect((await v.core.search.query({ text: 'dayone' })).total).toBe(0);
    expect((await v.core.search.query({ text: 'sandwiches' })).total).toBe(1);

    // From the JSON alone (no photos to attach), the text reads the same.
    const jsonOnly = await newVault();
    await jsonOnly.core.transfer.importFile({ path: fixture('day-one/Journal.json') });
    const alone = await jsonOnly.core.timeline.get({ id: picnic.id });
    expect([alone.title, alone.body, alone.photos]).toEqual([event.title, event.body, []]);
  });

  it('imports Day One’s JSON on its own, without photos', async () => {
    const v = await newVault();
    const report = await v.core.transfer.importFile({ path: fixture('day-one/Journal.json') });
    expect(report.counts.timeline!.added).toBe(3);
    // The same entries as from the zip: a later zip import finds them by id and adds nothing new.
    expect((await v.core.transfer.importFile({ path: await dayOneZip() })).counts.timeline!.added).toBe(0);
  });

  it('refuses a malformed journal export with a clear message and imports none of it', async () => {
    const v = await newVault();
    const dir = tempDir();
    const jrnl = JSON.parse(readFileSync(fixture('jrnl.json'), 'utf8'));
    jrnl.entries[2].date = '2021-13-45';
    const badJrnl = join(dir, 'bad-jrnl.json');
    writeFileSync(badJrnl, JSON.stringify(jrnl));
    const e = await expectCode(v.core.transfer.importFile({ path: badJrnl }), 'VALIDATION');
    expect(e.message).toMatch(/Nothing was imported/);

    const dayOne = JSON.parse(readFileSync(fixture('day-one/Journal.json'), 'utf8'));
    dayOne.entries[1].creationDate = 'yesterday-ish';
    const badDayOne = join(dir, 'bad-day-one.json');
    writeFileSync(badDayOne, JSON.stringify(dayOne));
    expect((await expectCode(v.core.transfer.importFile({ path: badDayOne }), 'VALIDATION')).message).toMatch(/Day One/);

    const emptyZip = join(dir, 'empty.zip');
    writeFileSync(emptyZip, zipSync({ 'readme.txt': new TextEncoder().encode('hello') }));
    await expectCode(v.core.transfer.importFile({ path: emptyZip }), 'VALIDATION');
    const brokenZip = join(dir, 'broken.zip');
    writeFileSync(brokenZip, readFileSync(await dayOneZip()).subarray(0, 200));
    await expectCode(v.core.transfer.importFile({ path: brokenZip }), 'VALIDATION');
    expect((await v.core.timeline.list({})).items).toEqual([]);
  });
});
