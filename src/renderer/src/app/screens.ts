import type { Component } from 'svelte';
import { loadAllWords } from '../i18n/i18n.svelte';

/**
 * The screens behind the start screen, each its own chunk with the rest of the words (i18n.svelte.ts `loadAllWords`),
 * so the start screen loads only its own script (issue 20: the unlock screen accepts typing sooner). The frame (every section) is fetched once the start screen is idle, and at
 * the latest when an unlock begins, so it is ready when the vault opens.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each screen has its own props
type Loader = () => Promise<Component<any>>;

function once(load: Loader): Loader {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let loading: Promise<Component<any>> | undefined;
  return () => (loading ??= load());
}

export const loadFrame = once(() => Promise.all([import('../frame/Frame.svelte'), loadAllWords()]).then(([m]) => m.default));
export const loadCreateVault = once(() => Promise.all([import('../vaults/CreateVault.svelte'), loadAllWords()]).then(([m]) => m.default));

/** Fetch the frame when the browser has nothing else to do (soon after the start screen is drawn). */
export function prefetchFrame(): void {
  const fetch = () => void loadFrame().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetch, { timeout: 2000 });
  else setTimeout(fetch, 0);
}
