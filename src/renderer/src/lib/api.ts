import { methods, type Api, type Bridge } from '../../../shared/contract';
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

function build(): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const { area, name } of methods) {
    (api[area] ??= {})[name] = unwrap(area, name);
  }
  return api as unknown as Api;
}

/** The renderer's only way to reach the core. */
export const api: Api = build();
