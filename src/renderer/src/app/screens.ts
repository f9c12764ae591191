import { loadAllWords } from '../i18n/i18n.svelte';
import { lazy, whenIdle } from '../lib/lazy';

/**
 * The screens behind the start screen, each its own chunk with the rest of the words (i18n.svelte.ts `loadAllWords`),
 * so the start screen loads only its own script (issue 20: the unlock screen accepts typing sooner). The frame itself
 * holds the sections opened most (Home, Timeline, Reflections…); the heavy ones are chunks of their own, fetched when
 * first opened (frame/parts.ts). The frame is fetched when the person starts typing a secret on the unlock screen
 * (Unlock.svelte; typing it and the key derivation after take far longer than reading the frame from disk), or once
 * the start screen has been idle a while (`prefetchFrame`), so it is ready when the vault opens.
 */
export const loadFrame = lazy(() => Promise.all([import('../frame/Frame.svelte'), loadAllWords()]).then(([m]) => m.default));
export const loadCreateVault = lazy(() => Promise.all([import('../vaults/CreateVault.svelte'), loadAllWords()]).then(([m]) => m.default));

/** How long the start screen is left alone before the frame is fetched unasked. */
const SETTLE_MS = 1500;

/**
 * Fetch the frame when the browser has nothing else to do, a while after the start screen is drawn: in its first
 * moments the window is still settling (fonts, the first frames), and compiling the frame's script then would only
 * compete with them (issue 20: `renderer_unlock_screen_ms`).
 */
export function prefetchFrame(): void {
  setTimeout(() => whenIdle(() => void loadFrame().catch(() => undefined)), SETTLE_MS);
}
