import type { Api, Bridge } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';

declare global {
  interface Window {
    /** Installed by the preload (or the end-to-end harness); read nowhere but here. */
    hearth: Bridge;
  }
}

type AnyCall = (arg?: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; error: Parameters<typeof HearthError.fromShape>[0] }>;

/** Turn one bridge call into a call that resolves to the value or throws a HearthError. */
function unwrap(area: string, name: string) {
  return async (arg?: unknown): Promise<unknown> => {
    // Looked up on every call, so a test may install its fake `window.hearth` after import.
    const group = window.hearth[area as keyof Bridge] as unknown as Record<string, AnyCall>;
    const result = arg === undefined ? await group[name]!() : await group[name]!(arg);
    if (!result.ok) throw HearthError.fromShape(result.error);
    return result.value;
  };
}

/**
 * `api.<area>.<method>(arg)` for every method of the contract. Built on demand from the names used, so the renderer
 * does not load the contract's schemas (zod and every area's): the core checks every argument anyway, and the
 * contract's type keeps the renderer's calls right at compile time.
 */
function build(): Api {
  const areas = new Map<string, Record<string, unknown>>();
  // Only string names are calls: not `then` (the api is never a promise), not the symbols inspectors ask for.
  const isCall = (name: string | symbol): name is string => typeof name === 'string' && name !== 'then';
  const areaOf = (area: string) =>
    new Proxy({} as Record<string, unknown>, { get: (calls, name) => (isCall(name) ? (calls[name] ??= unwrap(area, name)) : undefined) });
  return new Proxy({} as Api, {
    get: (_, area) => {
      if (!isCall(area)) return undefined;
      if (!areas.has(area)) areas.set(area, areaOf(area));
      return areas.get(area);
    },
  });
}

/** The renderer's only way to reach the core. */
export const api: Api = build();
