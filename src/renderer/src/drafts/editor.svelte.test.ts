import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/drafts';
import type { JournalEntry } from '../../../shared/journal';
import { AftermathAnswers, type AftermathReflection } from '../../../shared/reflections';
import { JournalEditor } from '../journal/journal.svelte';
import { SideEditor } from '../reflections/editors.svelte';
import { draftStore, failure, installFakeHearth } from '../testing/fake-hearth';

const ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const NOW = '2026-03-06T19:00:00.000Z';

/** A fake core that keeps drafts as the real one does; `handlers` answer the rest. */
function fakeCore(handlers: Record<string, (arg: unknown) => unknown>, kept: Draft[] = []) {
  const store = draftStore(kept, NOW);
  const fake = installFakeHearth({ ...store.handlers, ...handlers });
  const calls = (method: string) => fake.calls.filter((c) => c.method === method).map((c) => c.arg as Record<string, unknown>);
  return { drafts: store.drafts, calls };
}

const entry = (version: number, body: string): JournalEntry => ({
  id: ID,
  author: 'both',
  promptId: null,
  promptText: null,
  body,
  date: '2026-03-06',
  version,
  createdAt: NOW,
  updatedAt: NOW,
});

describe('an editor of a record saved with a version', () => {
  it('opens a draft begun on an older version beside the saved one, and keeping mine saves over the newest', async () => {
    const draft = { key: `journal:${ID}`, content: JSON.stringify({ author: 'both', promptId: null, body: 'My words', date: '2026-03-06' }), baseVersion: 1, savedAt: NOW };
    const { drafts, calls } = fakeCore(
      { 'journal.get': () => entry(2, 'Their words'), 'journal.update': (arg) => ({ ...entry(3, (arg as { body: string }).body) }) },
      [draft],
    );
    const editor = new JournalEditor(entry(2, 'Their words'));
    await editor.load();
    expect(editor.form.body).toBe('My words');
    expect(editor.restoredFrom).toBe(NOW);
    expect(editor.conflict).toBe(true);
    expect(editor.saved?.body).toBe('Their words');

    expect(await editor.keepMine()).toMatchObject({ version: 3, body: 'My words' });
    expect(calls('journal.update').at(-1)).toMatchObject({ expectedVersion: 2, body: 'My words' });
    expect(editor.conflict).toBe(false);
    expect(editor.saved).toBeNull();
    expect(drafts.has(`journal:${ID}`)).toBe(false);
  });

  it('on a conflict keeps the words as a draft, reads the saved version and says so; using it drops the draft', async () => {
    let current = entry(2, 'Before');
    const { drafts } = fakeCore({ 'journal.get': () => current, 'journal.update': () => failure('CONFLICT', 'Saved again elsewhere.') });
    const editor = new JournalEditor(current);
    await editor.load();
    current = entry(3, 'Saved elsewhere');
    editor.form.body = 'Mine, typed here';
    expect(await editor.save()).toBeNull();
    expect(editor.conflict).toBe(true);
    expect(editor.failure).toMatch(/changed since you opened it/);
    expect(editor.saved?.body).toBe('Saved elsewhere');
    expect(drafts.get(`journal:${ID}`)).toMatchObject({ baseVersion: 2 });
    expect(JSON.parse(drafts.get(`journal:${ID}`)!.content).body).toBe('Mine, typed here');

    await editor.useSaved();
    expect(editor.form.body).toBe('Saved elsewhere');
    expect(editor.entry?.version).toBe(3);
    expect(editor.conflict).toBe(false);
    expect(drafts.has(`journal:${ID}`)).toBe(false);
  });

  it('a new record is created, and its draft dropped under the key it was kept with', async () => {
    const { drafts, calls } = fakeCore({ 'journal.write': (arg) => ({ ...entry(1, (arg as { body: string }).body) }) });
    const editor = new JournalEditor(null, 'shared-dream');
    await editor.load();
    editor.form.body = 'A house by the sea';
    editor.touch();
    await editor.saveDraft();
    expect(drafts.has('journal:new')).toBe(true);
    expect(await editor.save()).toMatchObject({ id: ID, version: 1 });
    expect(calls('journal.write').at(-1)).toMatchObject({ promptId: 'shared-dream', body: 'A house by the sea' });
    expect(drafts.has('journal:new')).toBe(false);
    expect(editor.key).toBe(`journal:${ID}`);
    await editor.close();
  });

  it('an aftermath side conflicts on its own version only; keeping my words saves them on top of the newest', async () => {
    const side = (version: number, myReality: string) => ({ answers: AftermathAnswers.parse({ myReality }), done: false, version, updatedAt: NOW });
    let a = side(1, 'I felt rushed.');
    const reflection = (): AftermathReflection => ({
      id: ID, type: 'aftermath', author: 'both', title: 'The car park', status: 'draft', eventId: null, repairEventId: null, event: null, repairEvent: null, checkinId: null,
      forTherapy: false, version: 4, createdAt: NOW, updatedAt: NOW, completedAt: null, resolvedAt: null, sides: { a, b: side(7, '') }, bothDone: false,
    });
    let refuse = true;
    const { calls } = fakeCore({
      'reflections.get': () => reflection(),
      'reflections.saveSide': (arg) => {
        if (refuse) return failure('CONFLICT', 'Saved again elsewhere.');
        const input = arg as { side: AftermathAnswers; expectedVersion: number };
        a = { ...side(input.expectedVersion + 1, input.side.myReality) };
        return reflection();
      },
    });
    const editor = new SideEditor(ID, 'a');
    await editor.load();
    expect(editor.form.answers.myReality).toBe('I felt rushed.');
    editor.form.answers.myReality = 'I felt rushed, and small.';
    a = side(2, 'Changed on the other computer.');
    expect(await editor.save()).toBeNull();
    expect(editor.conflict).toBe(true);
    expect(calls('reflections.saveSide').at(-1)).toMatchObject({ expectedVersion: 1 });

    refuse = false;
    await editor.keepMine();
    expect(editor.conflict).toBe(false);
    expect(editor.form.answers.myReality).toBe('I felt rushed, and small.');
    expect(await editor.save(true)).not.toBeNull();
    expect(calls('reflections.saveSide').at(-1)).toMatchObject({ expectedVersion: 2, done: true, side: { myReality: 'I felt rushed, and small.' } });
    await editor.close();
  });
});
