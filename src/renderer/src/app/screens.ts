import { loadAllWords } from '../i18n/i18n.svelte';
import { lazy, whenIdle } from '../lib/lazy';

/**
 * The screens behind the start screen, each its own chunk with the rest of the words (i18n.svelte.ts `loadAllWords`),
 * so the start screen loads only its own script (issue 20: the unlock screen accepts typing sooner). The frame itself
 * holds the sections opened most (Home, Timeline, Reflections…); the heavy ones are chunks of their own, fetched when
 * first opened (frame/parts.ts). The frame is fetched once the start screen is idle, and at the latest when an
 * unlock begins (Unlock.svelte), so it is ready when the vault opens.
 */
export const loadFrame = lazy(() => Promise.all([import('../frame/Frame.svelte'), loadAllWords()]).then(([m]) => m.default));
export const loadCreateVault = lazy(() => Promise.all([import('../vaults/CreateVault.svelte'), loadAllWords()]).then(([m]) => m.default));

/** Fetch the frame when the browser has nothing else to do (soon after the start screen is drawn). */
export function prefetchFrame(): void {
  whenIdle(() => void loadFrame().catch(() => undefined));
}
