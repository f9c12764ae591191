// Test support only: nothing in the app imports this file, so it never reaches the bundle.
import { methods, type Bridge } from '../../../shared/contract';
import type { Draft } from '../../../shared/drafts';
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

/** Drafts kept the way the core keeps them, for a fake to answer `drafts.*` with; `kept` are there from the start. */
export function draftStore(kept: Draft[] = [], savedAt = '2026-03-06T19:00:00.000Z') {
  const drafts = new Map(kept.map((d) => [d.key, d]));
  const handlers: Record<string, Handler> = {
    'drafts.get': (arg) => drafts.get((arg as { key: string }).key) ?? null,
    'drafts.save': (arg) => {
      const d = { ...(arg as { key: string; content: string; baseVersion: number | null }), savedAt };
      drafts.set(d.key, d);
      return d;
    },
    'drafts.discard': (arg) => void drafts.delete((arg as { key: string }).key),
  };
  return { drafts, handlers };
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
