import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportSelection } from '../../src/shared/therapyExport';
import { dispatcherFor, expectCode, newCore, newVault, tempDir, TestClock } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

function setTime(v: Vault, iso: string): void {
  v.clock.advance(Date.parse(iso) - v.clock.now().getTime());
}

/**
 * Two conflict reflections (one each), an aftermath both partners finished, an aftermath only Sam finished (Alex's
 * side still being written) and a forgiveness reflection, begun in January, February and March 2026.
 */
async function seeded() {
  const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-01-01T10:00:00Z')) }));
  const c = v.core;
  setTime(v, '2026-01-14T12:00:00Z');
  const dishes = await c.reflections.create({
    type: 'conflict',
    title: 'Dishes again',
    author: 'a',
    answers: {
      feelings: [
        { feeling: 'hurt', intensity: 4 },
        { feeling: 'tired', intensity: 2 },
      ],
      needs: ['support', 'fairness'],
      horsemen: ['criticism', 'defensiveness'],
      barriers: ['expectations', 'time_and_effort'],
    },
  });
  setTime(v, '2026-02-10T12:00:00Z');
  const guests = await c.reflections.create({
    type: 'conflict',
    title: 'Guests without asking',
    author: 'b',
    answers: { feelings: [{ feeling: 'hurt', intensity: 2 }], needs: ['support'], horsemen: ['criticism', 'stonewalling'], barriers: ['expectations'] },
  });
  setTime(v, '2026-02-20T12:00:00Z');
  // Both finished; both named "hurt", which still counts once for this one reflection.
  const keys = await c.reflections.create({ type: 'aftermath', title: 'The car keys' });
  await c.reflections.saveSide({ id: keys.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'hurt', intensity: 3 }, { feeling: 'tense', intensity: 3 }] } });
  await c.reflections.saveSide({ id: keys.id, partner: 'b', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'hurt', intensity: 2 }, { feeling: 'anxious', intensity: 2 }] } });
  setTime(v, '2026-03-05T12:00:00Z');
  // Sam finished, Alex is still writing: neither side is shared yet, so none of it counts.
  const holiday = await c.reflections.create({ type: 'aftermath', title: 'The holiday plans' });
  await c.reflections.saveSide({ id: holiday.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'lonely', intensity: 3 }] } });
  await c.reflections.saveSide({ id: holiday.id, partner: 'b', expectedVersion: 1, done: false, side: { feelings: [{ feeling: 'jealous', intensity: 3 }] } });
  await c.reflections.create({ type: 'forgiveness', title: 'The missed birthday', author: 'b', answers: { hurt: 'You forgot.' } });
  return { ...v, ids: { dishes: dishes.id, guests: guests.id, keys: keys.id, holiday: holiday.id } };
}

async function overview(v: Vault, selection: ExportSelection): Promise<string> {
  const path = join(tempDir('hearth-test-patterns-'), 'for-therapy.md');
  v.platform.nextSavePath = path;
  expect(await v.core.therapyExport.save({ selection, format: 'markdown', includeNames: true })).toEqual({ saved: true, path });
  const md = readFileSync(path, 'utf8');
  const start = md.indexOf('## For the therapist');
  return md.slice(start, md.indexOf('\n## ', start + 1));
}

describe('insights.patterns: what you noticed in your reflections', () => {
  it('counts the horsemen, barriers, feelings and needs once per reflection, from conflict reflections and finished aftermaths only', async () => {
    const v = await seeded();
    const patterns = await v.core.insights.patterns();
    expect(patterns).toEqual({
      reflections: 3,
      horsemen: [
        { horseman: 'criticism', reflections: 2 },
        { horseman: 'defensiveness', reflections: 1 },
        { horseman: 'stonewalling', reflections: 1 },
      ],
      barriers: [
        { barrier: 'expectations', reflections: 2 },
        { barrier: 'time_and_effort', reflections: 1 },
      ],
      feelings: [
        { feeling: 'hurt', reflections: 3 },
        { feeling: 'anxious', reflections: 1 },
        { feeling: 'tense', reflections: 1 },
        { feeling: 'tired', reflections: 1 },
      ],
      needs: [
        { need: 'support', reflections: 2 },
        { need: 'fairness', reflections: 1 },
      ],
      reading: 'Counted from 3 reflections since January 2026, each reflection once: what you noticed, to talk about together.',
    });
    // An unfinished side is never read, not even the finished half of that aftermath.
    expect(JSON.stringify(patterns)).not.toMatch(/lonely|jealous/);
    // For the two of you together: no names, no authors, no per-partner tally, nothing scored.
    expect(JSON.stringify(patterns)).not.toMatch(/Sam|Alex|"a"|"b"|author|partner|score|streak|in a row/i);
  });

  it('brings an aftermath in once its second side is finished', async () => {
    const v = await seeded();
    const holiday = await v.core.reflections.get({ id: v.ids.holiday });
    await v.core.reflections.saveSide({ id: v.ids.holiday, partner: 'b', expectedVersion: holiday.type === 'aftermath' ? holiday.sides.b.version : 0, done: true, side: { feelings: [{ feeling: 'jealous', intensity: 3 }] } });
    const patterns = await v.core.insights.patterns();
    expect(patterns.reflections).toBe(4);
    expect(patterns.feelings).toEqual(expect.arrayContaining([{ feeling: 'jealous', reflections: 1 }, { feeling: 'lonely', reflections: 1 }]));
  });

  it('reads only the reflections begun in the range, and says kindly when there are none', async () => {
    const v = await seeded();
    const feb = await v.core.insights.patterns({ from: '2026-02-01', to: '2026-02-28' });
    expect(feb.reflections).toBe(2);
    expect(feb.horsemen).toEqual([
      { horseman: 'criticism', reflections: 1 },
      { horseman: 'stonewalling', reflections: 1 },
    ]);
    expect(feb.feelings).toEqual([
      { feeling: 'hurt', reflections: 2 },
      { feeling: 'anxious', reflections: 1 },
      { feeling: 'tense', reflections: 1 },
    ]);
    expect(feb.reading).toContain('since February 2026');

    // March holds only the unfinished aftermath and a forgiveness reflection: nothing to count yet.
    const march = await v.core.insights.patterns({ from: '2026-03-01' });
    expect(march).toEqual({
      reflections: 0,
      horsemen: [],
      barriers: [],
      feelings: [],
      needs: [],
      reading: 'When you write a conflict reflection, or both finish “After a hard moment”, what you notice in them will gather here.',
    });
  });

  it('says so, without a count to live up to, when reflections named nothing', async () => {
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-04-15T12:00:00Z')) }));
    await v.core.reflections.create({ type: 'conflict', title: 'Just the facts', author: 'a', answers: { observation: 'We were late.' } });
    const patterns = await v.core.insights.patterns();
    expect(patterns.reflections).toBe(1);
    expect(patterns.reading).toBe('1 reflection since April 2026, with no pattern, feeling or need ticked yet, and that is fine too.');
  });

  it('speaks German once German is chosen: the reading, its plural and its month; the counts stay the same', async () => {
    const v = await seeded();
    const english = await v.core.insights.patterns();
    await v.core.language.set({ chosen: 'de' });
    const german = await v.core.insights.patterns();
    expect(german).toEqual({
      ...english,
      reading: 'Gezählt aus 3 Reflexionen seit Januar 2026, jede Reflexion einmal: was ihr bemerkt habt, um gemeinsam darüber zu sprechen.',
    });
    expect((await v.core.insights.patterns({ from: '2026-03-01' })).reading).toBe(
      'Wenn ihr eine Konflikt-Reflexion schreibt oder beide „Nach einem schweren Moment“ abschließt, sammelt sich hier, was ihr darin bemerkt.',
    );

    const quiet = await newVault(newCore({ clock: new TestClock(Date.parse('2026-04-15T12:00:00Z')) }));
    await quiet.core.language.set({ chosen: 'de' });
    await quiet.core.reflections.create({ type: 'conflict', title: 'Just the facts', author: 'a', answers: { observation: 'We were late.' } });
    expect((await quiet.core.insights.patterns()).reading).toBe(
      '1 Reflexion seit April 2026, bisher ohne angekreuztes Muster, Gefühl oder Bedürfnis – und auch das ist in Ordnung.',
    );
  });

  it('is the same count the therapy export’s first page prints for the same days', async () => {
    const v = await seeded();
    const range = { from: '2026-01-01', to: '2026-02-28' };
    const patterns = await v.core.insights.patterns(range);
    const page = await overview(v, { kinds: ['conflict', 'aftermath'], ...range });
    const line = (word: string, n: number) => `${word} — in ${n} ${n === 1 ? 'reflection' : 'reflections'}`;
    expect(patterns.horsemen.length).toBeGreaterThan(0);
    for (const h of patterns.horsemen) expect(page).toContain(line(h.horseman, h.reflections));
    for (const f of patterns.feelings) expect(page).toContain(line(f.feeling, f.reflections));
    for (const n of patterns.needs) expect(page).toContain(line(n.need, n.reflections));
    expect(page).toContain(line('expectations that were hard to meet', 2));
    // Both partners named "hurt" in one aftermath: three reflections, not four.
    expect(page).not.toContain(line('hurt', 4));
    expect(page).not.toMatch(/lonely|jealous/);
  });

  it('refuses a reversed, malformed or unknown range with VALIDATION, and answers nothing while locked', async () => {
    const v = await seeded();
    const d = dispatcherFor(v);
    for (const bad of [{ from: '2026-03-01', to: '2026-02-01' }, { from: '2026-13-01' }, { to: '2026-02-30' }, { since: '2026-01-01' }, 'all', 7, [{}], { from: null }]) {
      expect(await d.dispatch('hearth:insights.patterns', [bad]), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await d.dispatch('hearth:insights.patterns', [])).toMatchObject({ ok: true, value: { reflections: 3 } });
    await v.core.vaults.lock();
    await expectCode(v.core.insights.patterns(), 'VAULT_LOCKED');
  });
});
