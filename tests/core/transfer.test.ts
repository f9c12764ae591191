import sharp from 'sharp';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../src/core/backups/copy';
import { openDatabase } from '../../src/core/db/database';
import { vaultPaths } from '../../src/core/vaults/folder';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import type { TimelineEvent } from '../../src/shared/timeline';
import { expectCode, filesContaining, newCore, newVault, phasesOf, tempDir, watch } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

async function exportTo(v: Vault, options: { passphrase?: string } = {}): Promise<string> {
  const path = join(tempDir('hearth-export-'), 'export.json');
  v.platform.nextSavePath = path;
  expect(await v.core.transfer.exportAll(options)).toEqual({ saved: true, path });
  return path;
}

const normalised = (path: string) => readFileSync(path, 'utf8').replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');

/** The document without its photos' bytes: an import re-encodes every photo, as adding one does (lossy for a JPEG). */
const withoutPhotoBytes = (path: string) =>
  normalised(path).replace(/"(bytes|thumbnail)": "[A-Za-z0-9+/=]+"/g, '"$1": "…"');

/** A vault with one of everything the timeline holds: versions, trash, a photo with a caption, a link, a draft. */
async function fullVault(canary = 'Picnic') {
  const v = await newVault();
  const t = v.core.timeline;
  const a = await t.create({ kind: 'memory', title: `${canary} by the river`, body: 'Under the willow.', startDate: '2021-06-12', author: 'both', valence: 2, tags: ['Summer', 'outdoors'] });
  v.clock.advance(60_000);
  await t.update({ id: a.id, expectedVersion: 1, kind: 'memory', title: `${canary} by the river`, body: 'Under the willow, until dark.', startDate: '2021-06-12', author: 'both', valence: 2, tags: ['summer'] });
  const b = await t.create({ kind: 'hard_moment', title: 'The argument about money', startDate: '2022-01-03', endDate: '2022-01-05', author: 'a', valence: -2 });
  const c = await t.create({ kind: 'other', title: 'Deleted by mistake', startDate: '2020-02-02', author: 'b' });
  await t.remove({ id: c.id });
  await t.link({ from: a.id, to: b.id });
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 200, b: 90 } } }).jpeg().toBuffer();
  await t.addPhoto({ eventId: a.id, bytes: new Uint8Array(jpeg), caption: 'The willow' });
  await v.core.drafts.save({ key: 'timeline:new', content: '{"title":"Half-written"}' });
  return { ...v, ids: { a: a.id, b: b.id, c: c.id } };
}

describe('full export and import', () => {
  it('round-trips: export, import into an empty vault, export again gives the same document', async () => {
    const source = await fullVault();
    const first = await exportTo(source);
    const doc = JSON.parse(readFileSync(first, 'utf8'));
    expect(doc).toMatchObject({ format: 'hearth-export', version: 1 });
    expect(Object.keys(doc.sections)).toEqual([
      'partners', 'settings', 'timeline', 'timelineLinks', 'appreciations', 'checkins', 'reflections', 'checkinFollowUps',
      'journalPrompts', 'journalEntries', 'loveLanguages', 'loveLanguageActions', 'drafts',
    ]);
    expect(doc.sections.timeline).toHaveLength(3);

    const target = await newVault(newCore());
    const report = await target.core.transfer.importFile({ path: first });
    expect(report).toEqual({
      format: 'hearth',
      counts: {
        partners: { added: 0, updated: 0, skipped: 2 },
        settings: { added: 0, updated: 0, skipped: 0 },
        timeline: { added: 3, updated: 0, skipped: 0 },
        timelineLinks: { added: 1, updated: 0, skipped: 0 },
        ...Object.fromEntries(
          ['appreciations', 'checkins', 'reflections', 'checkinFollowUps', 'journalPrompts', 'journalEntries', 'loveLanguages', 'loveLanguageActions'].map((k) => [k, { added: 0, updated: 0, skipped: 0 }]),
        ),
        drafts: { added: 1, updated: 0, skipped: 0 },
      },
      unknownSections: [],
    });
    const second = await exportTo(target);
    expect(withoutPhotoBytes(second)).toBe(withoutPhotoBytes(first));
    // A second import of the same file re-encodes its photos to the same bytes, so nothing is taken for a change.
    expect((await target.core.transfer.importFile({ path: first })).counts.timeline).toEqual({ added: 0, updated: 0, skipped: 3 });

    // What the couple sees came across too: history, trash, photo, link, search.
    const t = target.core.timeline;
    expect((await t.history({ id: source.ids.a })).map((h) => h.version)).toEqual([1]);
    expect((await t.trash()).map((e) => e.id)).toEqual([source.ids.c]);
    const event = await t.get({ id: source.ids.a });
    expect(event.photos.map((p) => p.caption)).toEqual(['The willow']);
    expect(event.links.map((l) => l.id)).toEqual([source.ids.b]);
    expect((await target.core.search.query({ text: 'willow' })).total).toBe(1);
    expect((await target.core.search.query({ text: 'mistake' })).total).toBe(0);
    expect((await target.core.drafts.get({ key: 'timeline:new' }))?.content).toBe('{"title":"Half-written"}');
  });

  it('merges by id: never duplicates, takes newer versions, keeps the vault’s own newer edits', async () => {
    const source = await fullVault();
    const target = await newVault(newCore());
    await target.core.transfer.importFile({ path: await exportTo(source) });
    const again = await target.core.transfer.importFile({ path: await exportTo(source) });
    expect(again.counts.timeline).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(again.counts.timelineLinks).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(again.counts.drafts).toEqual({ added: 0, updated: 0, skipped: 1 });

    // The source edits one event and adds one; the target edits another on its own (twice, so it is newer).
    source.clock.advance(60_000);
    const b = await source.core.timeline.get({ id: source.ids.b });
    await source.core.timeline.update({ ...pick(b), id: b.id, expectedVersion: 1, title: 'The argument about money, resolved' });
    await source.core.timeline.create({ kind: 'milestone', title: 'Engaged', startDate: '2023-04-01', author: 'both' });
    await source.core.timeline.update({ ...pick(await source.core.timeline.get({ id: source.ids.a })), id: source.ids.a, expectedVersion: 2, body: 'Source edit' });
    const mine = await target.core.timeline.get({ id: source.ids.a });
    await target.core.timeline.update({ ...pick(mine), id: mine.id, expectedVersion: 2, body: 'Target edit one' });
    await target.core.timeline.update({ ...pick(mine), id: mine.id, expectedVersion: 3, body: 'Target edit two' });

    const merged = await target.core.transfer.importFile({ path: await exportTo(source) });
    expect(merged.counts.timeline).toEqual({ added: 1, updated: 1, skipped: 2 });
    expect((await target.core.timeline.get({ id: source.ids.b })).title).toBe('The argument about money, resolved');
    expect((await target.core.timeline.get({ id: source.ids.a })).body).toBe('Target edit two');
    expect((await target.core.timeline.list({})).items).toHaveLength(3);
    expect((await target.core.search.query({ text: 'resolved' })).total).toBe(1);
  });

  it('encrypts with a passphrase: no plaintext in the file, and the passphrase is needed to import', async () => {
    const canary = `Canary${randomBytes(6).toString('hex')}`;
    const source = await fullVault(canary);
    const path = await exportTo(source, { passphrase: 'a long export passphrase' });
    expect(filesContaining([join(path, '..')], canary)).toEqual([]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'hearth-export-encrypted', version: 1, kdf: { alg: 'argon2id' }, cipher: 'aes-256-gcm' });

    const target = await newVault(newCore());
    const missing = await expectCode(target.core.transfer.importFile({ path }), 'VALIDATION');
    expect(missing.message).toMatch(/passphrase/);
    await expectCode(target.core.transfer.importFile({ path, passphrase: 'not the passphrase' }), 'WRONG_PASSPHRASE');
    expect((await target.core.timeline.list({})).items).toEqual([]);
    const report = await target.core.transfer.importFile({ path, passphrase: 'a long export passphrase' });
    expect(report.counts.timeline!.added).toBe(3);
    expect((await target.core.search.query({ text: canary })).total).toBe(1);
  });

  it('refuses malformed, foreign, tampered and too-new files with nothing imported', async () => {
    const source = await fullVault();
    const good = readFileSync(await exportTo(source), 'utf8');
    const dir = tempDir();
    const write = (name: string, text: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const doc = JSON.parse(good);
    const badDate = structuredClone(doc);
    badDate.sections.timeline[1].startDate = '2023-02-30';
    const badPhoto = structuredClone(doc);
    badPhoto.sections.timeline.find((e: { photos: unknown[] }) => e.photos.length).photos[0].bytes = Buffer.from('%PDF-1.7 not a photo').toString('base64');
    const sealed = JSON.parse(readFileSync(await exportTo(source, { passphrase: 'a long export passphrase' }), 'utf8'));
    sealed.ciphertext = `${sealed.ciphertext.slice(0, 10)}${sealed.ciphertext[10] === 'A' ? 'B' : 'A'}${sealed.ciphertext.slice(11)}`;

    const target = await newVault(newCore());
    const cases: [string, string, string][] = [
      [write('cut.json', good.slice(0, good.length / 2)), 'VALIDATION', 'cannot read'],
      [write('foreign.json', '{"hello": "world"}'), 'VALIDATION', 'cannot read'],
      [write('binary.bin', randomBytes(2000)), 'VALIDATION', 'cannot read'],
      [write('bad-date.json', JSON.stringify(badDate)), 'VALIDATION', 'timeline'],
      [write('bad-photo.json', JSON.stringify(badPhoto)), 'VALIDATION', 'timeline'],
      [write('newer.json', JSON.stringify({ ...doc, version: 2 })), 'TOO_NEW', 'newer'],
      [write('no-sections.json', JSON.stringify({ format: 'hearth-export', version: 1 })), 'VALIDATION', 'not a Hearth export'],
    ];
    for (const [path, code, message] of cases) {
      const e = await expectCode(target.core.transfer.importFile({ path }), code);
      expect(e.message, path).toMatch(new RegExp(message));
    }
    await expectCode(target.core.transfer.importFile({ path: write('tampered.json', JSON.stringify(sealed)), passphrase: 'a long export passphrase' }), 'WRONG_PASSPHRASE');
    await expectCode(target.core.transfer.importFile({ path: join(dir, 'missing.json') }), 'NOT_FOUND');
    await expectCode(target.core.transfer.importFile({ path: dir }), 'VALIDATION');
    await expectCode(target.core.transfer.importFile({ path: 'relative/export.json' }), 'VALIDATION');
    expect((await target.core.timeline.list({})).items).toEqual([]);
    expect(await target.core.timeline.trash()).toEqual([]);
    expect(await target.core.drafts.list()).toEqual([]);
  });

  it('writes nothing when the save dialog is cancelled or the write fails, and lets the user choose a file', async () => {
    const v = await fullVault();
    v.platform.nextSavePath = null;
    expect(await v.core.transfer.exportAll({})).toEqual({ saved: false });
    const dir = tempDir();
    v.platform.nextSavePath = join(dir, 'no-such-folder', 'export.json');
    await expectCode(v.core.transfer.exportAll({}), 'IO');
    expect(readdirSync(dir)).toEqual([]);
    v.platform.nextOpenFile = '/home/us/export.json';
    expect(await v.core.transfer.chooseFile()).toEqual({ path: '/home/us/export.json' });
    v.platform.nextOpenFile = null;
    expect(await v.core.transfer.chooseFile()).toEqual({ path: null });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    await expectCode(v.core.transfer.exportAll({ passphrase: 'short' }), 'VALIDATION');
  });
});


/** Rows in every table of a vault, read on a connection of the test's own. */
function rowCounts(v: Vault): Record<string, number> {
  const { db } = openDatabase(vaultPaths(v.dir).database, decodeRecoveryCode(v.recoveryCode));
  try {
    return tableCounts(db);
  } finally {
    db.close();
  }
}

describe('full export and import: progress and cancel', () => {
  it('the export says what it is doing, section by section; cancelled, it leaves no file at all', async () => {
    const v = await fullVault();
    const dir = tempDir('hearth-export-');
    const path = join(dir, 'export.protected.json');
    v.platform.nextSavePath = path;
    const { result, seen } = await watch(v, 'exportAll', () => v.core.transfer.exportAll({ passphrase: 'a long export passphrase' }));
    expect(await result).toEqual({ saved: true, path });
    expect(phasesOf(seen)).toEqual(['waiting', 'reading', 'encrypting', 'writing']);
    const counted = seen.filter((p) => p.phase === 'reading' && p.total > 0);
    expect(counted.length).toBeGreaterThan(1);
    expect(counted.at(-1)!.done).toBe(counted.at(-1)!.total);
    expect(counted.map((p) => p.done)).toEqual([...counted.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ running: false, phase: 'idle' });

    // Cancelled while it waits, or as it starts reading: nothing where the file would go, not even a temp file.
    for (const at of ['waiting', 'reading'] as const) {
      const target = tempDir('hearth-export-');
      v.platform.nextSavePath = join(target, 'export.json');
      const cancelled = await watch(
        v,
        'exportAll',
        () => v.core.transfer.exportAll({}),
        (p) => p.phase === at && void v.core.jobs.cancel({ kind: 'exportAll' }),
      );
      const e = await expectCode(cancelled.result, 'CANCELLED');
      expect(e.message).toBe('Cancelled — nothing was written.');
      expect(phasesOf(cancelled.seen).at(-1)).toBe(at);
      expect(readdirSync(target), at).toEqual([]);
    }
    expect((await v.core.jobs.progress({ kind: 'exportAll' })).running).toBe(false);
  });

  it('the import says what it is doing; cancelled before it commits, nothing is imported', async () => {
    const source = await fullVault();
    const path = await exportTo(source);
    const target = await newVault(newCore());
    const before = rowCounts(target);

    const cancelled = await watch(
      target,
      'import',
      () => target.core.transfer.importFile({ path }),
      (p) => p.phase === 'reading' && void target.core.jobs.cancel({ kind: 'import' }),
    );
    await expectCode(cancelled.result, 'CANCELLED');
    expect(rowCounts(target)).toEqual(before);
    expect((await target.core.timeline.list({})).items).toEqual([]);

    const { result, seen } = await watch(target, 'import', () => target.core.transfer.importFile({ path }));
    expect((await result).counts.timeline).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(phasesOf(seen)).toEqual(['waiting', 'reading', 'safety-copy', 'merging']);
    const merged = seen.filter((p) => p.phase === 'merging');
    expect(merged.at(-1)!.done).toBe(merged.at(-1)!.total);
    expect(merged.at(-1)!.total).toBeGreaterThanOrEqual(5);
    expect(rowCounts(target)).not.toEqual(before);
  });
});

/** The editable fields of an event, to send back in an update. */
function pick(e: TimelineEvent) {
  return { kind: e.kind, title: e.title, body: e.body, startDate: e.startDate, endDate: e.endDate, author: e.author, valence: e.valence, tags: e.tags };
}
