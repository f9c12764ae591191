/**
 * `window.hearth` is a `Bridge` (src/shared/contract.ts): the contract's methods, each resolving to the
 * dispatcher's `Result` instead of throwing. Errors thrown across contextBridge lose their class and
 * their `code`, so the preload never throws; src/renderer/src/lib/api.ts turns `{ ok: false }` into a
 * thrown HearthError.
 */

import { methods, type Bridge } from '../shared/contract';
import type { Result } from '../shared/errors';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Named functions only, grouped by area, one per contract method, all going through `invoke`. */
export function buildBridge(invoke: Invoke): Bridge {
  const bridge: Record<string, Record<string, (...args: unknown[]) => Promise<Result<unknown>>>> = {};
  for (const { area, name, channel } of methods) {
    const group = (bridge[area] ??= {});
    group[name] = async (...args: unknown[]): Promise<Result<unknown>> => {
      try {
        const answer = await invoke(channel, ...args);
        return isResult(answer) ? answer : failure('Hearth received an answer it did not understand.');
      } catch {
        return failure('Hearth could not reach its own core. Restart Hearth; nothing you wrote was changed.');
      }
    };
  }
  // The one cast: `methods` enumerates exactly the contract's areas and methods, so the object built
  // from it has the shape of Bridge; TypeScript cannot follow a loop over a runtime list.
  return bridge as unknown as Bridge;
}
