import type { Component } from 'svelte';

/**
 * A part of the renderer that is its own chunk, fetched the first time it is wanted (issue 20: the start screen and
 * the frame load only what they show). Calling it again gives the same promise; a failed fetch is forgotten, so
 * trying again (Lazy.svelte's retry) fetches anew.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each part has its own props
export type Loader<C = Component<any>> = () => Promise<C>;

export function lazy<C>(load: Loader<C>): Loader<C> {
  let loading: Promise<C> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Fetch a part when the browser has nothing else to do, so it is there when it is opened. */
export function whenIdle(work: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(work, 0);
}
