import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatcherFor, newCore } from './helpers';

describe('Settings › Language, per computer', () => {
  it('follows the system until a language is chosen, and keeps the choice beside the vault list', async () => {
    const t = newCore();
    expect(await t.core.language.get()).toEqual({ chosen: null });
    expect(await t.core.language.set({ chosen: 'de' })).toEqual({ chosen: 'de' });
    expect(JSON.parse(readFileSync(join(t.dataDir, 'language.json'), 'utf8'))).toEqual({ chosen: 'de' });
    const restarted = newCore({ dataDir: t.dataDir });
    expect(await restarted.core.language.get()).toEqual({ chosen: 'de' });
    await restarted.core.language.set({ chosen: null });
    expect(await newCore({ dataDir: t.dataDir }).core.language.get()).toEqual({ chosen: null });
  });

  it('refuses a language Hearth has no catalogue for, and reads a damaged file as "the system\'s"', async () => {
    const t = newCore();
    const d = dispatcherFor(t);
    for (const bad of [{ chosen: 'fr' }, { chosen: 'DE' }, { chosen: '' }, { chosen: 'de', extra: 1 }, {}]) {
      expect(await d.dispatch('hearth:language.set', [bad])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    writeFileSync(join(t.dataDir, 'language.json'), '{"chosen": "kl');
    expect(await newCore({ dataDir: t.dataDir }).core.language.get()).toEqual({ chosen: null });
    writeFileSync(join(t.dataDir, 'language.json'), '{"chosen": "xx"}');
    expect(await newCore({ dataDir: t.dataDir }).core.language.get()).toEqual({ chosen: null });
  });
});
