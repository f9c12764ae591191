import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createGeneratedVault, generateData, LAST_DAY, type GeneratedData } from '../../bench/generate';
import { openDatabase, type Db } from '../../src/core/db/database';
import { processPhoto } from '../../src/core/timeline/photos';
import { insertEventsBulk } from '../../src/core/timeline/timeline-bulk';
import { vaultPaths } from '../../src/core/vaults/folder';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import type { EventSummary, ListEventsInput } from '../../src/shared/timeline';
import { FAST_KDF, newVault, tempDir } from './helpers';

function withVaultDb<T>(dir: string, recoveryCode: string, work: (db: Db) => T): T {
  const { db } = openDatabase(vaultPaths(dir).database, decodeRecoveryCode(recoveryCode));
  try {
    return work(db);
  } finally {
    db.close();
  }
}

describe('insertEventsBulk (the generator’s writer)', () => {
  it('writes the same rows as create and addPhoto', async () => {
    const v = await newVault();
    const fields = { kind: 'memory', title: 'Ferry to the island', body: 'Salt wind, two coffees.', startDate: '2019-06-02', endDate: '2019-06-04', author: 'both', valence: 2, tags: ['holiday', 'travel'] } as const;
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 90, b: 200 } } }).jpeg().toBuffer();
    const made = await v.core.timeline.create({ ...fields, tags: [...fields.tags] });
    await v.core.timeline.addPhoto({ eventId: made.id, bytes: new Uint8Array(jpeg), caption: 'The harbour' });
    await v.core.vaults.lock();
    const bulkId = '00000000-0000-4000-8000-000000000001';
    const now = v.clock.now().toISOString();
    const photo = await processPhoto(jpeg);
    const rows = withVaultDb(v.dir, v.recoveryCode, (db) => {
      insertEventsBulk(db, [{ id: bulkId, fields: { ...fields, tags: [...fields.tags] }, createdAt: now, photos: [{ id: 'p-bulk', photo, caption: 'The harbour', createdAt: now }] }]);
      const of = (id: string) => ({
        event: db.prepare('SELECT kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at, deleted_at FROM timeline_events WHERE id = ?').get(id),
        tags: db.prepare('SELECT tag FROM timeline_tags WHERE event_id = ? ORDER BY tag').all(id),
        photos: db.prepare('SELECT p.position, p.mime, p.width, p.height, p.caption, p.thumbnail, p.created_at, b.bytes FROM photos p JOIN photo_bytes b ON b.photo_id = p.id WHERE p.event_id = ?').all(id),
        index: db.prepare('SELECT kind, title, body FROM search_index WHERE ref_id = ?').all(id),
      });
      return { service: of(made.id), bulk: of(bulkId) };
    });
    expect(rows.service.index).toHaveLength(1);
    expect(rows.bulk).toEqual(rows.service);
  });
});

/** What FTS5's unicode61 tokenizer sees in an event: lowercase runs of letters and digits. */
function tokensOf(e: GeneratedData['events'][number]): Set<string> {
  const text = [e.fields.title, e.fields.body, e.fields.tags.join(' '), ...(e.photos ?? []).map((p) => p.caption)].join(' ');
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
}

const byNewest = (a: { fields: { startDate: string }; id: string }, b: { fields: { startDate: string }; id: string }) =>
  a.fields.startDate === b.fields.startDate ? (a.id < b.id ? 1 : -1) : a.fields.startDate < b.fields.startDate ? 1 : -1;

// Correctness on a vault the size the issue sets (never timings: those are `npm run bench`).
describe('a 50,000-event vault', () => {
  it('pages, filters, searches and finds "on this day" correctly', async () => {
    const data = await generateData({ entries: 50_000, seed: 7, photos: 20 });
    const vault = await createGeneratedVault({ dataDir: tempDir(), data, kdf: FAST_KDF });
    const client = vault.client;
    try {
      await client.vaults.unlock({ vaultId: vault.vaultId, secret: { kind: 'passphrase', passphrase: vault.passphrase } });
      const newest = [...data.events].sort(byNewest);
      const ids = (items: EventSummary[]) => items.map((i) => i.id);

      // First page and a page from the middle, reached by its keyset cursor.
      const first = await client.timeline.list({});
      expect(ids(first.items)).toEqual(newest.slice(0, 50).map((e) => e.id));
      expect(first.next).toEqual({ date: newest[49]!.fields.startDate, id: newest[49]!.id });
      const mid = newest[25_000]!;
      const middle = await client.timeline.list({ after: { date: mid.fields.startDate, id: mid.id }, limit: 100 });
      expect(ids(middle.items)).toEqual(newest.slice(25_001, 25_101).map((e) => e.id));
      const oldest = [...newest].reverse();
      const tail = await client.timeline.list({ order: 'oldest', limit: 200 });
      expect(ids(tail.items)).toEqual(oldest.slice(0, 200).map((e) => e.id));

      // Filters: kind, tag, author, dates and feeling, alone and together.
      const check = async (filter: ListEventsInput['filter'], keep: (e: GeneratedData['events'][number]) => boolean) => {
        const page = await client.timeline.list({ filter, limit: 200 });
        expect(ids(page.items), JSON.stringify(filter)).toEqual(newest.filter(keep).slice(0, 200).map((e) => e.id));
      };
      await check({ kinds: ['repair'] }, (e) => e.fields.kind === 'repair');
      await check({ tags: ['therapy'] }, (e) => e.fields.tags.includes('therapy'));
      await check({ author: 'b', valenceMax: -1 }, (e) => e.fields.author === 'b' && e.fields.valence <= -1);
      await check({ from: '2001-01-01', to: '2001-12-31' }, (e) => (e.fields.endDate ?? e.fields.startDate) >= '2001-01-01' && e.fields.startDate <= '2001-12-31');
      await check({ kinds: ['milestone', 'memory'], tags: ['travel'], valenceMin: 2 }, (e) => ['milestone', 'memory'].includes(e.fields.kind) && e.fields.tags.includes('travel') && e.fields.valence >= 2);

      // Search: the exact set of entries holding a rare word, and a word as a prefix.
      const tokens = new Map(data.events.map((e) => [e.id, tokensOf(e)]));
      const matching = (prefix: string) => data.events.filter((e) => [...tokens.get(e.id)!].some((t) => t.startsWith(prefix))).map((e) => e.id).sort();
      const rare = data.places.find((p) => {
        const n = matching(p).length;
        return n >= 5 && n <= 100;
      })!;
      expect(rare).toBeDefined();
      for (const text of [rare, rare.slice(0, Math.max(4, rare.length - 2))]) {
        const expected = matching(text);
        if (expected.length > 100) continue;
        const results = await client.search.query({ text, limit: 100 });
        const timeline = results.groups.find((g) => g.kind === 'timeline');
        expect(timeline?.hits.map((h) => h.id).sort(), text).toEqual(expected);
      }

      // On this day: earlier years only, newest first, at most 20.
      const today = `${LAST_DAY.slice(0, 4)}-03-14`;
      const onThisDay = await client.timeline.onThisDay({ today });
      const expectedDays = newest.filter((e) => e.fields.startDate.slice(5) === '03-14' && e.fields.startDate < `${today.slice(0, 4)}-01-01`);
      expect(onThisDay.map((e) => e.startDate)).toEqual(expectedDays.slice(0, 20).map((e) => e.fields.startDate));
      expect(onThisDay.every((e) => expectedDays.some((x) => x.id === e.id))).toBe(true);
    } finally {
      await client.close();
    }
  }, 180_000);
});
