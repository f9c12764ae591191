import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/core';
import { methods } from '../../src/shared/contract';
import { dispatcherFor, newCore, newVault, PASSPHRASE } from './helpers';

const MEGABYTES = 'x'.repeat(3 * 1024 * 1024);
const LONE_SURROGATE = 'Sam\uD800';

describe('the dispatcher', () => {
  it('serves exactly the channels of the contract', () => {
    const t = newCore();
    expect(dispatcherFor(t).channels).toEqual(methods.map((m) => m.channel));
    expect(methods.map((m) => m.channel)).toContain('hearth:vaults.unlock');
  });

  it('answers with { ok: true, value } on success', async () => {
    const t = newCore();
    expect(await dispatcherFor(t).dispatch('hearth:app.status', [])).toEqual({ ok: true, value: { state: 'locked' } });
  });

  it('refuses unknown channels and extra arguments with VALIDATION', async () => {
    const d = dispatcherFor(newCore());
    for (const [channel, args] of [
      ['hearth:vaults.deleteEverything', []],
      ['vaults.list', []],
      ['hearth:vaults.list', [1, 2]],
      ['hearth:__proto__.constructor', []],
      [42 as unknown as string, []],
    ] as const) {
      const result = await d.dispatch(channel, args);
      expect(result, String(channel)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('refuses malformed arguments with VALIDATION and writes nothing', async () => {
    const t = newCore();
    const d = dispatcherFor(t);
    const good = { name: 'Ours', partnerA: 'Sam', partnerB: 'Alex', passphrase: PASSPHRASE };
    const bad: unknown[] = [
      undefined,
      null,
      'a string',
      [],
      { ...good, partnerA: 42 },
      { ...good, partnerA: undefined },
      { ...good, extra: 'field' },
      { ...good, partnerA: MEGABYTES },
      { ...good, passphrase: MEGABYTES },
      { ...good, partnerA: LONE_SURROGATE },
      { ...good, partnerA: 'line\u0000break' },
      { ...good, partnerA: '   ' },
      { ...good, passphrase: 'short' },
      { ...good, folder: '' },
      JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}'),
    ];
    for (const arg of bad) {
      const result = await d.dispatch('hearth:vaults.create', [arg]);
      expect(result, JSON.stringify(arg)?.slice(0, 80)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await t.core.vaults.list()).toEqual([]);
  });

  it('names the offending field', async () => {
    const d = dispatcherFor(newCore());
    const result = await d.dispatch('hearth:vaults.create', [{ name: 'Ours', partnerA: 'Sam', partnerB: 'Alex', passphrase: 'short' }]);
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'A passphrase needs at least 8 characters.', details: { field: 'passphrase' } } });
  });

  it('maps core errors to their stable codes', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    await d.dispatch('hearth:vaults.lock', []);
    expect(await d.dispatch('hearth:keys.list', [])).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    const wrong = await d.dispatch('hearth:vaults.unlock', [{ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: 'nope nope' } }]);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const missing = await d.dispatch('hearth:vaults.unlock', [{ vaultId: '00000000-0000-4000-8000-000000000000', secret: { kind: 'passphrase', passphrase: 'x' } }]);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('never lets an unexpected error leak its details', async () => {
    const t = newCore();
    const broken = { ...t.raw, app: { status: async () => { throw new Error('secret path /home/sam/diary'); } } };
    const result = await createDispatcher(broken).dispatch('hearth:app.status', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/home/sam');
  });

  it('checks what the core answers against the contract', async () => {
    const t = newCore();
    const lying = { ...t.raw, app: { status: async () => ({ state: 'open sesame' }) } };
    expect(await createDispatcher(lying as never).dispatch('hearth:app.status', [])).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
