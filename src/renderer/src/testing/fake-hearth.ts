// Test support only: nothing in the app imports this file, so it never reaches the bundle.
import { methods, type Bridge } from '../../../shared/contract';
import type { HearthErrorShape, Result } from '../../../shared/errors';

type Handler = (arg: unknown) => unknown;

/** A fake answer that fails the way the core would. */
export function failure(code: HearthErrorShape['code'], message = 'Fake failure.', details?: HearthErrorShape['details']): { error: HearthErrorShape } {
  return { error: details ? { code, message, details } : { code, message } };
}

export interface FakeHearth {
  /** Every call made, in order: `area.method` and its argument. */
  calls: { method: string; arg: unknown }[];
}

/**
 * Install `window.hearth` with the preload's shape. `handlers` answer by `area.method`; an answer of
 * `{ error }` (see `failure`) becomes `{ ok: false }`, anything else `{ ok: true, value }`.
 */
export function installFakeHearth(handlers: Record<string, Handler>): FakeHearth {
  const fake: FakeHearth = { calls: [] };
  const bridge: Record<string, Record<string, (arg?: unknown) => Promise<Result<unknown>>>> = {};
  for (const { area, name, spec } of methods) {
    const key = `${area}.${name}`;
    (bridge[area] ??= {})[name] = async (arg?: unknown) => {
      fake.calls.push({ method: key, arg });
      // Both ways through the contract, as the dispatcher checks them: a component that sends what the core would
      // refuse, or a fake that answers what the core never could, fails its test here.
      const args = spec.args.safeParse(arg);
      if (!args.success) throw new Error(`The component called ${key} with arguments the contract refuses: ${args.error.message}`);
      const handler = handlers[key];
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `No fake for ${key}.` } };
      const answer = await handler(arg);
      if (answer && typeof answer === 'object' && 'error' in answer) return { ok: false, error: (answer as { error: HearthErrorShape }).error };
      const value = spec.result.safeParse(answer);
      if (!value.success) throw new Error(`The fake answer for ${key} does not match the contract: ${value.error.message}`);
      return { ok: true, value: value.data };
    };
  }
  window.hearth = bridge as unknown as Bridge;
  return fake;
}

export const vault = {
  id: '0b6f5c8e-6a43-4d1c-9b7e-2f1c3a4d5e6f',
  name: 'Our place',
  path: '/home/us/.config/Hearth/vaults/our-place',
  lastOpenedAt: null,
  available: true,
};

export const session = {
  vault,
  partners: [
    { id: 'a' as const, name: 'Sam' },
    { id: 'b' as const, name: 'Alex' },
  ],
  unlockedWith: 'passphrase' as const,
  needsPassphrase: false,
  recoveryCodeUnseen: false,
};
