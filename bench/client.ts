import { createDispatcher, type Core } from '../src/core';
import type { Platform } from '../src/core';
import { methods, type Api } from '../src/shared/contract';
import { HearthError } from '../src/shared/errors';

/** The core as the renderer sees it: every call goes through the dispatcher (validation both ways). */
export type Client = Api & Pick<Core, 'onLock' | 'close'>;

export function clientFor(core: Core): Client {
  const dispatcher = createDispatcher(core);
  const api: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const m of methods) {
    (api[m.area] ??= {})[m.name] = async (arg?: unknown) => {
      const result = await dispatcher.dispatch(m.channel, arg === undefined ? [] : [arg]);
      if (!result.ok) throw HearthError.fromShape(result.error);
      return result.value;
    };
  }
  return Object.assign(api as unknown as Api, { onLock: core.onLock, close: core.close });
}

export const BENCH_PASSPHRASE = 'benchmark passphrase, long enough';

/** No dialogs in a benchmark: a save dialog answers with `benchPlatform.nextSavePath` (null: cancelled). */
export const benchPlatform: Platform & { nextSavePath: string | null } = {
  nextSavePath: null,
  chooseFolder: async () => null,
  async chooseSavePath() {
    return this.nextSavePath;
  },
};
