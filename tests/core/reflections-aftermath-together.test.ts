import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountShownTo } from '../../src/shared/aftermath-together';
import type { PartnerId } from '../../src/shared/basics';
import type { AftermathAnswers, AftermathReflection, Reflection } from '../../src/shared/reflections';
import type { ExportSelection } from '../../src/shared/therapyExport';
import { copyOldVault, OLD_VAULTS, unlockOldVault, type Schema5Ids } from '../fixtures/vaults/old-vaults';
import { newCore, newVault, openVaultFile, tempDir } from './helpers';

// Aftermath, step 2 done together: one partner shows their account ("my reality") to the other before both sides are
// done, so the other can say back what they heard. Only those words are ever shown early, and only to the app's step 2:
// never to a search, the therapy export or the insights, until both sides are done.

type Vault = Awaited<ReturnType<typeof newVault>>;

const SHOWN = 'Showncanary I felt rushed and everyone in the car park was watching.';
const HIDDEN = 'Hiddencanary';

/** Every answer of a side, each holding `word`; "ashamed" is felt nowhere else in these vaults. */
const everyAnswer = (word: string): Partial<AftermathAnswers> => ({
  feelings: [{ feeling: 'ashamed', intensity: 5 }],
  listenerSummary: `${word} heard`,
  validation: `${word} makes sense`,
  triggers: `${word} triggers`,
  setMeUp: `${word} set me up`,
  regret: `${word} regret`,
  apologise: `${word} apologise`,
  acceptance: 'still_need',
  stillNeeded: `${word} still need`,
  partnerCanDo: `${word} partner can do`,
  iCanDo: `${word} I can do`,
  needToMoveOn: `${word} move on`,
});

function asAftermath(r: Reflection): AftermathReflection {
  if (r.type !== 'aftermath') throw new Error(`expected an aftermath, got ${r.type}`);
  return r;
}

async function begin(v: Vault, title = 'The car park') {
  return asAftermath(await v.core.reflections.create({ type: 'aftermath', title }));
}

async function save(v: Vault, id: string, partner: PartnerId, side: Partial<AftermathAnswers>, done?: boolean) {
  const before = asAftermath(await v.core.reflections.get({ id }));
  return asAftermath(await v.core.reflections.saveSide({ id, partner, side, expectedVersion: before.sides[partner].version, ...(done === undefined ? {} : { done }) }));
}

const read = async (v: Vault, id: string) => asAftermath(await v.core.reflections.get({ id }));

/** Everything that leaves the app's own step 2: a search, the therapy export (preview and Markdown), the insights. */
async function everywhereElse(v: Vault, word: string): Promise<Record<string, string>> {
  const selection: ExportSelection = { kinds: ['aftermath', 'insights'] };
  const path = join(tempDir('hearth-therapy-'), 'for-therapy.md');
  v.platform.nextSavePath = path;
  await v.core.therapyExport.save({ selection, format: 'markdown', includeNames: true });
  return {
    search: JSON.stringify(await v.core.search.query({ text: word })),
    preview: JSON.stringify(await v.core.therapyExport.preview({ selection, includeNames: true })),
    markdown: readFileSync(path, 'utf8'),
    insights: JSON.stringify(await v.core.insights.patterns({})),
  };
}

async function expectNowhereElse(v: Vault, words: string[]) {
  for (const word of words) {
    const places = await everywhereElse(v, word.split(' ')[0]!);
    for (const [place, text] of Object.entries(places)) expect(text, `"${word}" in the ${place}`).not.toContain(word);
    expect((await v.core.search.query({ text: word.split(' ')[0]! })).total, `a search for "${word}"`).toBe(0);
  }
}

describe('aftermath step 2, done together', () => {
  it('shows no side to the other partner by default', async () => {
    const v = await newVault();
    const created = await begin(v);
    expect(created.sides.a.answers.showMyReality).toBe(false);
    const saved = await save(v, created.id, 'a', { myReality: SHOWN, ...everyAnswer(HIDDEN) });
    expect(saved.sides.a.answers.showMyReality).toBe(false);
    expect(accountShownTo(saved, 'b')).toBeNull();
    expect(accountShownTo(saved, 'a')).toBeNull();
    await expectNowhereElse(v, [SHOWN, HIDDEN, 'ashamed']);
  });

  it('shows the chosen account, and only it, to the other partner only; nothing else of either side goes anywhere', async () => {
    const v = await newVault();
    const { id } = await begin(v);
    await save(v, id, 'a', { myReality: SHOWN, showMyReality: true, ...everyAnswer(HIDDEN) });
    // The listener writes their own side; nothing of Sam's is copied into it.
    const b = await save(v, id, 'b', { listenerSummary: 'What I heard you say is that you felt rushed.', validation: 'It was loud.' });
    expect(b.sides.a.answers).toMatchObject({ showMyReality: true, myReality: SHOWN });
    expect(JSON.stringify(b.sides.b)).not.toContain('Showncanary');

    expect(accountShownTo(b, 'b')).toBe(SHOWN);
    // Sam chose to show theirs; Alex did not, so Sam is shown nothing of Alex's.
    expect(accountShownTo(b, 'a')).toBeNull();
    // The account is the one answer shown: no other answer of Sam's side is in it.
    expect(accountShownTo(b, 'b')).not.toContain(HIDDEN);

    // Shown to the other partner's step 2 is not shared: a search, the export and the insights wait for both sides.
    await expectNowhereElse(v, [SHOWN, HIDDEN, 'ashamed']);
    // So it stays with one side done, whichever it is.
    await save(v, id, 'a', { myReality: SHOWN, showMyReality: true, ...everyAnswer(HIDDEN) }, true);
    await expectNowhereElse(v, [SHOWN, HIDDEN, 'ashamed']);
    await save(v, id, 'a', { myReality: SHOWN, showMyReality: true, ...everyAnswer(HIDDEN) }, false);
    await save(v, id, 'b', (await read(v, id)).sides.b.answers, true);
    await expectNowhereElse(v, [SHOWN, HIDDEN, 'ashamed']);

    // Both done: both sides are shared as before, and the choice itself is never a word anyone wrote.
    await save(v, id, 'a', (await read(v, id)).sides.a.answers, true);
    expect((await v.core.search.query({ text: 'Showncanary' })).total).toBe(1);
    expect((await v.core.search.query({ text: 'showMyReality' })).total).toBe(0);
    expect((await v.core.search.query({ text: 'true' })).total).toBe(0);
    const places = await everywhereElse(v, 'Showncanary');
    expect(places.markdown).toContain(SHOWN);
    expect(places.markdown).not.toContain('showMyReality');
  });

  it('can be taken back while both are not done, and an empty account shows nothing', async () => {
    const v = await newVault();
    const { id } = await begin(v);
    await save(v, id, 'b', { myReality: 'I thought we had agreed to leave at six.', showMyReality: true });
    expect(accountShownTo(await read(v, id), 'a')).toBe('I thought we had agreed to leave at six.');
    const taken = await save(v, id, 'b', { myReality: 'I thought we had agreed to leave at six.', showMyReality: false });
    expect(taken.sides.b.answers.showMyReality).toBe(false);
    expect(accountShownTo(taken, 'a')).toBeNull();
    expect(accountShownTo(await save(v, id, 'b', { myReality: '  \n ', showMyReality: true }), 'a')).toBeNull();
    // Shown again after a lock and unlock: the choice is kept in the vault with the side.
    await save(v, id, 'b', { myReality: 'Six, I thought.', showMyReality: true });
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'recovery', code: v.recoveryCode } });
    expect(accountShownTo(await read(v, id), 'a')).toBe('Six, I thought.');
  });

  it('reads a side saved before there was a choice as not shown, with no migration', async () => {
    const v = await newVault();
    const { id } = await begin(v);
    // A side exactly as an older Hearth wrote it: every field of its day, no `showMyReality`.
    const old = JSON.stringify({ feelings: [], myReality: 'Written before.', listenerSummary: '', validation: '', triggers: '', setMeUp: '', regret: '', apologise: '', acceptance: null, stillNeeded: '', partnerCanDo: '', iCanDo: '', needToMoveOn: '' });
    const db = openVaultFile(v.dir, v.recoveryCode);
    try {
      db.prepare("UPDATE reflection_sides SET answers = ? WHERE reflection_id = ? AND partner = 'a'").run(old, id);
    } finally {
      db.close();
    }
    const side = (await read(v, id)).sides.a;
    expect(side.answers).toMatchObject({ myReality: 'Written before.', showMyReality: false });
    expect(accountShownTo(await read(v, id), 'b')).toBeNull();
  });

  it('reads the aftermath of a vault an older Hearth made as not shown', async () => {
    const vault = copyOldVault<Schema5Ids>(OLD_VAULTS.schema7);
    const t = newCore();
    await unlockOldVault(t, vault);
    const aftermath = asAftermath(await t.core.reflections.get({ id: vault.contents.ids.aftermath }));
    expect(aftermath.sides.a.answers).toMatchObject({ myReality: 'I felt rushed and watched.', showMyReality: false });
    expect(aftermath.sides.b.answers.showMyReality).toBe(false);
    expect([accountShownTo(aftermath, 'a'), accountShownTo(aftermath, 'b')]).toEqual([null, null]);
  });
});
