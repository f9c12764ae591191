import { describe, expect, it } from 'vitest';
import type { NewEventInput } from '../../src/shared/timeline';
import { dispatcherFor, expectCode, newVault, PASSPHRASE } from './helpers';

const event = (over: Partial<NewEventInput> = {}): NewEventInput => ({
  kind: 'memory',
  title: 'Picnic by the river',
  body: 'We found the quiet spot under the willow and stayed until dark.',
  startDate: '2021-06-12',
  author: 'both',
  valence: 2,
  tags: ['Summer', ' outdoors  '],
  ...over,
});

async function unlockedTimeline() {
  const v = await newVault();
  return { ...v, t: v.core.timeline, d: dispatcherFor(v) };
}

describe('timeline events', () => {
  it('adds an event and reads it back with normalised tags', async () => {
    const { t } = await unlockedTimeline();
    const created = await t.create(event());
    expect(created).toMatchObject({ kind: 'memory', title: 'Picnic by the river', version: 1, tags: ['outdoors', 'summer'], photos: [], links: [] });
    expect(await t.get({ id: created.id })).toEqual(created);
    expect(await t.tags()).toEqual([
      { tag: 'outdoors', count: 1 },
      { tag: 'summer', count: 1 },
    ]);
  });

  it('refuses impossible dates, reversed spans and bad kinds with VALIDATION, writing nothing', async () => {
    const { t, d } = await unlockedTimeline();
    for (const bad of [
      { startDate: '2023-02-30' },
      { startDate: '1899-12-31' },
      { startDate: '2023-1-5' },
      { startDate: '2023-05-10', endDate: '2023-05-01' },
      { kind: 'fight' },
      { valence: 3 },
      { title: '' },
      { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      { body: 'x'.repeat(200_001) },
    ]) {
      const result = await d.dispatch('hearth:timeline.create', [{ ...event(), ...bad }]);
      expect(result, JSON.stringify(bad).slice(0, 60)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await t.list({})).items).toEqual([]);
    const trip = await t.create(event({ kind: 'quality_time', title: 'Lisbon', startDate: '2022-04-01', endDate: '2022-04-08' }));
    expect(trip.endDate).toBe('2022-04-08');
  });

  it('pages by (date, id) keyset in both orders, with no gaps or repeats', async () => {
    const { t } = await unlockedTimeline();
    const ids = new Set<string>();
    for (let i = 0; i < 23; i++) {
      const day = String((i % 5) + 1).padStart(2, '0');
      ids.add((await t.create(event({ title: `Event ${i}`, startDate: `2020-03-${day}` }))).id);
    }
    for (const order of ['newest', 'oldest'] as const) {
      const seen: string[] = [];
      const dates: string[] = [];
      let after = null;
      do {
        const page = await t.list({ order, after, limit: 4 });
        seen.push(...page.items.map((i) => i.id));
        dates.push(...page.items.map((i) => i.startDate));
        after = page.next;
      } while (after);
      expect(new Set(seen)).toEqual(ids);
      expect(seen).toHaveLength(23);
      const sorted = [...dates].sort();
      expect(dates).toEqual(order === 'oldest' ? sorted : sorted.reverse());
    }
  });

  it('combines filters: kind, tag, partner, date range and feeling', async () => {
    const { t } = await unlockedTimeline();
    await t.create(event({ title: 'A', kind: 'hard_moment', author: 'a', valence: -2, startDate: '2020-01-10', tags: ['money'] }));
    await t.create(event({ title: 'B', kind: 'repair', author: 'b', valence: 1, startDate: '2020-01-12', tags: ['money'] }));
    await t.create(event({ title: 'C', kind: 'hard_moment', author: 'b', valence: -1, startDate: '2021-03-01', tags: ['family'] }));
    await t.create(event({ title: 'D', kind: 'memory', author: 'both', valence: 2, startDate: '2019-07-07', endDate: '2020-02-01', tags: [] }));
    const titles = async (filter: object) => (await t.list({ order: 'oldest', filter })).items.map((i) => i.title);
    expect(await titles({ kinds: ['hard_moment'] })).toEqual(['A', 'C']);
    expect(await titles({ kinds: ['hard_moment', 'repair'], tags: ['money'] })).toEqual(['A', 'B']);
    expect(await titles({ author: 'b' })).toEqual(['B', 'C']);
    expect(await titles({ from: '2020-01-01', to: '2020-12-31' })).toEqual(['D', 'A', 'B']);
    expect(await titles({ valenceMax: -1, author: 'b' })).toEqual(['C']);
    expect(await titles({ valenceMin: 1, kinds: ['memory', 'repair'] })).toEqual(['D', 'B']);
    expect(await t.years()).toEqual([
      { year: 2021, count: 1 },
      { year: 2020, count: 2 },
      { year: 2019, count: 1 },
    ]);
  });

  it('keeps each previous version, refuses a stale save with CONFLICT, and restores an old version', async () => {
    const { t } = await unlockedTimeline();
    const v1 = await t.create(event());
    const v2 = await t.update({ ...event({ title: 'Picnic, second draft' }), id: v1.id, expectedVersion: 1 });
    expect(v2.version).toBe(2);
    await expectCode(t.update({ ...event({ title: 'Written in another window' }), id: v1.id, expectedVersion: 1 }), 'CONFLICT');
    expect((await t.get({ id: v1.id })).title).toBe('Picnic, second draft');
    const history = await t.history({ id: v1.id });
    expect(history.map((h) => [h.version, h.title])).toEqual([[1, 'Picnic by the river']]);
    const restored = await t.restoreVersion({ id: v1.id, version: 1, expectedVersion: 2 });
    expect(restored).toMatchObject({ title: 'Picnic by the river', version: 3 });
    expect((await t.history({ id: v1.id })).map((h) => h.version)).toEqual([2, 1]);
  });

  it('an edit writes what changed and keeps the rest: each field, the tags, the version and the history', async () => {
    const { t } = await unlockedTimeline();
    const v1 = await t.create(event());
    const steps: [Partial<NewEventInput>, Record<string, unknown>][] = [
      [{ body: 'Only the words changed.' }, { body: 'Only the words changed.', tags: ['outdoors', 'summer'], startDate: '2021-06-12' }],
      [{ tags: ['summer', 'river'] }, { tags: ['river', 'summer'], body: 'We found the quiet spot under the willow and stayed until dark.' }],
      [{ startDate: '2020-01-02', endDate: '2020-01-05', valence: -1, kind: 'hard_moment', author: 'a' }, { startDate: '2020-01-02', endDate: '2020-01-05', valence: -1, kind: 'hard_moment', author: 'a', tags: ['outdoors', 'summer'] }],
      [{ tags: [] }, { tags: [], kind: 'memory', startDate: '2021-06-12', endDate: null, valence: 2, author: 'both' }],
    ];
    let version = v1.version;
    for (const [over, expected] of steps) {
      const saved = await t.update({ ...event(over), id: v1.id, expectedVersion: version });
      expect(saved).toMatchObject({ ...expected, version: version + 1 });
      expect(await t.get({ id: v1.id })).toEqual(saved);
      version = saved.version;
    }
    expect((await t.history({ id: v1.id })).map((h) => h.version)).toEqual([4, 3, 2, 1]);
    expect(await t.tags()).toEqual([]);
    const found = await t.list({ filter: { kinds: ['memory'] } });
    expect(found.items.map((e) => e.id)).toEqual([v1.id]);
  });

  it('moves deleted events to the trash, restores them, and purges them after 30 days', async () => {
    const v = await unlockedTimeline();
    const { t } = v;
    const keep = await t.create(event({ title: 'Keep me' }));
    const gone = await t.create(event({ title: 'Old argument' }));
    await t.remove({ id: gone.id });
    expect((await t.list({})).items.map((i) => i.title)).toEqual(['Keep me']);
    expect((await v.core.search.query({ text: 'argument' })).total).toBe(0);
    expect((await t.trash()).map((x) => x.title)).toEqual(['Old argument']);
    await expectCode(t.update({ ...event(), id: gone.id, expectedVersion: 1 }), 'CONFLICT');
    await expectCode(t.deleteForever({ id: keep.id }), 'CONFLICT');
    await t.restore({ id: gone.id });
    expect((await v.core.search.query({ text: 'argument' })).total).toBe(1);
    await t.remove({ id: gone.id });

    v.clock.advance(29 * 86_400_000);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(await t.trash()).toHaveLength(1);
    v.clock.advance(2 * 86_400_000);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(await t.trash()).toEqual([]);
    await expectCode(t.get({ id: gone.id }), 'NOT_FOUND');
  });

  it('deletes forever from the trash', async () => {
    const { t, core } = await unlockedTimeline();
    const e = await t.create(event({ title: 'Private thing' }));
    await t.remove({ id: e.id });
    await t.deleteForever({ id: e.id });
    await expectCode(t.get({ id: e.id }), 'NOT_FOUND');
    expect(await t.trash()).toEqual([]);
    expect((await core.search.query({ text: 'private' })).total).toBe(0);
  });

  it('links a hard moment to its repair, shown on both, and hides links to trashed events', async () => {
    const { t } = await unlockedTimeline();
    const hard = await t.create(event({ kind: 'hard_moment', title: 'The airport fight' }));
    const repair = await t.create(event({ kind: 'repair', title: 'Talking it through' }));
    await t.link({ from: hard.id, to: repair.id });
    await t.link({ from: repair.id, to: hard.id }); // the same link, not a second one
    expect((await t.get({ id: hard.id })).links.map((l) => l.title)).toEqual(['Talking it through']);
    expect((await t.get({ id: repair.id })).links.map((l) => l.title)).toEqual(['The airport fight']);
    await expectCode(t.link({ from: hard.id, to: hard.id }), 'VALIDATION');
    await t.remove({ id: repair.id });
    expect((await t.get({ id: hard.id })).links).toEqual([]);
    await t.restore({ id: repair.id });
    await t.unlink({ from: repair.id, to: hard.id });
    expect((await t.get({ id: hard.id })).links).toEqual([]);
  });

  it('finds what happened on this day in earlier years', async () => {
    const { t } = await unlockedTimeline();
    await t.create(event({ title: 'First met', startDate: '2015-11-26' }));
    await t.create(event({ title: 'Moved in', startDate: '2019-11-26' }));
    await t.create(event({ title: 'Today itself', startDate: '2026-11-26' }));
    await t.create(event({ title: 'Another day', startDate: '2019-11-25' }));
    expect((await t.onThisDay({ today: '2026-11-26' })).map((e) => e.title)).toEqual(['Moved in', 'First met']);
  });
});

describe('search', () => {
  it('matches prefixes, highlights matches, and groups results by kind', async () => {
    const { t, core } = await unlockedTimeline();
    await t.create(event({ title: 'Anniversary dinner', body: 'The restaurant by the harbour, candles everywhere.' }));
    await t.create(event({ title: 'Harbour walk', body: 'Cold wind, warm hands.', tags: ['walks'] }));
    const results = await core.search.query({ text: 'harb' });
    expect(results.total).toBe(2);
    expect(results.groups.map((g) => g.kind)).toEqual(['timeline']);
    const walk = results.groups[0]!.hits.find((h) => h.title.some((s) => s.match));
    expect(walk?.title).toEqual([
      { text: 'Harbour', match: true },
      { text: ' walk', match: false },
    ]);
    expect((await core.search.query({ text: 'walks' })).total).toBe(1);
    expect((await core.search.query({ text: 'candle harbour' })).total).toBe(1);
  });

  it('treats search syntax as plain words', async () => {
    const { t, core } = await unlockedTimeline();
    await t.create(event({ title: 'Quotes "and" stars*' }));
    for (const text of ['"', 'AND OR NOT', 'NEAR(a b)', '*', 'title:x', '^', "'); DROP TABLE timeline_events; --"]) {
      await expect(core.search.query({ text })).resolves.toBeDefined();
    }
    expect((await t.list({})).items).toHaveLength(1);
  });
});

describe('drafts', () => {
  it('keeps a draft through a lock and offers it again after unlock', async () => {
    const v = await unlockedTimeline();
    await v.core.drafts.save({ key: 'timeline:new', content: JSON.stringify({ title: 'Half a thought' }) });
    expect(await v.core.drafts.list()).toEqual([{ key: 'timeline:new', savedAt: expect.any(String) }]);
    await v.core.vaults.lock();
    await expectCode(v.core.drafts.get({ key: 'timeline:new' }), 'VAULT_LOCKED');
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect(JSON.parse((await v.core.drafts.get({ key: 'timeline:new' }))!.content)).toEqual({ title: 'Half a thought' });
    await v.core.drafts.discard({ key: 'timeline:new' });
    expect(await v.core.drafts.get({ key: 'timeline:new' })).toBeNull();
    const bad = await v.d.dispatch('hearth:drafts.save', [{ key: '../../etc', content: 'x' }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
