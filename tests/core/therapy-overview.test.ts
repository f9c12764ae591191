import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportSelection } from '../../src/shared/therapyExport';
import { newCore, newVault, TestClock, tempDir } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;
const DAY = 86_400_000;
const UNFINISHED = 'Unfinished-side-canary';
const ALL = ['timeline', 'conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights'] as const;

/** Two conflict reflections, an aftermath with one side finished, three check-ins and both partners' love languages. */
async function seeded(): Promise<Vault & { ids: Record<string, string> }> {
  const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-05-04T10:00:00Z')) }));
  const c = v.core;
  const ids: Record<string, string> = {};
  ids.dishes = (
    await c.reflections.create({
      type: 'conflict',
      title: 'Dishes again',
      author: 'a',
      answers: {
        feelings: [{ feeling: 'hurt', intensity: 4 }],
        needs: ['support'],
        horsemen: ['criticism', 'defensiveness'],
        barriers: ['expectations'],
        request: 'Could we take turns with the dishes?',
      },
    })
  ).id;
  v.clock.advance(DAY);
  ids.guests = (
    await c.reflections.create({
      type: 'conflict',
      title: 'Guests without asking',
      author: 'b',
      answers: { feelings: [{ feeling: 'hurt', intensity: 2 }], horsemen: ['criticism'], request: 'Ask me before inviting people over.' },
    })
  ).id;
  v.clock.advance(DAY);
  const aftermath = await c.reflections.create({ type: 'aftermath', title: 'The holiday plans' });
  // Sam has finished, Alex has not: as in the app, neither side is shared until both are finished.
  await c.reflections.saveSide({ id: aftermath.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'lonely', intensity: 3 }], iCanDo: UNFINISHED } });
  await c.reflections.saveSide({ id: aftermath.id, partner: 'b', expectedVersion: 1, done: false, side: { feelings: [{ feeling: 'jealous', intensity: 3 }], iCanDo: UNFINISHED } });
  const keys = await c.reflections.create({ type: 'aftermath', title: 'The car keys' });
  await c.reflections.saveSide({ id: keys.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'tense', intensity: 3 }], iCanDo: 'Pause before answering.' } });
  await c.reflections.saveSide({ id: keys.id, partner: 'b', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'tired', intensity: 2 }], partnerCanDo: 'Leave the keys on the hook.' } });
  for (const [a, b] of [
    [5, 6],
    [7, 6],
    [8, 9],
  ] as const) {
    v.clock.advance(7 * DAY);
    const checkIn = await c.checkins.start({ withAppreciations: false });
    for (const [partner, rating] of [['a', a] as const, ['b', b] as const]) {
      await c.checkins.answer({ id: checkIn.id, partner, rating, answers: { connection: 'Steady.', closer: '', highlight: '', distance: '' } });
      await c.checkins.submit({ id: checkIn.id, partner });
    }
  }
  await c.reflections.create({
    type: 'forgiveness',
    title: 'The forgotten birthday',
    author: 'b',
    answers: { commitment: 'I forgive you for the birthday and will not bring it up in a fight.', commitmentOn: '2026-05-20' },
  });
  await c.loveLanguages.set({ partner: 'a', primary: 'time', secondary: 'touch', givesPrimary: 'acts', givesSecondary: null });
  await c.loveLanguages.set({ partner: 'b', primary: 'words', secondary: null });
  return { ...v, ids };
}

async function markdown(v: Vault, selection: ExportSelection): Promise<string> {
  const path = join(tempDir('hearth-overview-'), 'for-therapy.md');
  v.platform.nextSavePath = path;
  expect(await v.core.therapyExport.save({ selection, format: 'markdown', includeNames: true })).toEqual({ saved: true, path });
  return readFileSync(path, 'utf8');
}

/** The overview section of the Markdown: from its heading to the next kind's. */
const overviewOf = (md: string) => md.slice(md.indexOf('## For the therapist'), md.indexOf('\n## ', md.indexOf('## For the therapist') + 1));

describe('therapy export: the first page for the therapist', () => {
  it('names each method, the patterns noticed, the ratings over time, both love-language profiles and the open requests', async () => {
    const v = await seeded();
    const md = await markdown(v, { kinds: [...ALL] });
    expect(md.indexOf('## For the therapist')).toBeLessThan(md.indexOf('## Conflict reflections'));
    const overview = overviewOf(md);
    expect(overview).toContain('Nonviolent Communication');
    expect(overview).toContain('Gottman’s aftermath');
    expect(overview).toContain('State of the Union');
    expect(overview).toContain('criticism — in 2 reflections');
    expect(overview).toContain('defensiveness — in 1 reflection');
    // Feelings from the conflicts and from the aftermath both partners have finished, nothing from the other.
    expect(overview).toContain('hurt — in 2 reflections');
    expect(overview).toContain('tense — in 1 reflection');
    expect(overview).toContain('tired — in 1 reflection');
    expect(overview).not.toMatch(/jealous|lonely/);
    // The ratings as a table of their numbers, in order.
    expect(overview).toMatch(/\| 1\d May 2026 \| 5 \| 6 \|[\s\S]*\| 8 \| 9 \|/);
    expect(overview).toContain('Hears love most in');
    expect(overview).toContain('Quality time and Physical touch');
    expect(overview).toContain('Shows love most by');
    expect(overview).toContain('Acts of service');
    expect(overview).toContain('Sam asked (“Dishes again”): Could we take turns with the dishes?');
    expect(overview).toContain('Alex asked (“Guests without asking”): Ask me before inviting people over.');
    expect(overview).toContain('Sam will try (“The car keys”): Pause before answering.');
    expect(overview).toContain('Alex asked (“The car keys”): Leave the keys on the hook.');
    expect(overview).toContain('Alex committed (“The forgotten birthday”): I forgive you for the birthday and will not bring it up in a fight.');
    expect(md).not.toContain(UNFINISHED);
    expect(overview).not.toMatch(/score|streak|in a row/i);
  });

  it('is read only from what goes into the document: unticked entries, the other partner and resolved reflections stay out', async () => {
    const v = await seeded();
    await v.core.reflections.complete({ id: v.ids.guests! });
    await v.core.reflections.resolve({ id: v.ids.guests!, repairEventId: null });
    const resolved = overviewOf(await markdown(v, { kinds: [...ALL], exclude: [v.ids.dishes!] }));
    expect(resolved).not.toContain('defensiveness');
    expect(resolved).toContain('criticism — in 1 reflection');
    expect(resolved).not.toContain('Ask me before inviting people over.'); // resolved: no longer open

    const alexOnly = overviewOf(await markdown(v, { kinds: [...ALL], who: 'b' }));
    expect(alexOnly).not.toContain('Sam');
    expect(alexOnly).not.toContain('Could we take turns');
    expect(alexOnly).not.toContain('Quality time');
    expect(alexOnly).toContain('Words of affirmation');

    await v.core.timeline.create({ kind: 'memory', title: 'A walk', startDate: '2026-05-05', author: 'both' });
    const timelineOnly = overviewOf(await markdown(v, { kinds: ['timeline'] }));
    expect(timelineOnly).toContain('Moments from the couple’s own timeline');
    expect(timelineOnly).not.toContain('Patterns in these pages');
    expect(timelineOnly).not.toContain('Plans and requests');
  });
});
