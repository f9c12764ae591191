/**
 * The two renderer figures come from the built renderer in Chromium, driven through the end-to-end
 * harness against a core opened on the benchmark's vault. Until every prerequisite exists they are
 * null with the reason; when they do, fill in `drive()` and nothing else in the benchmark changes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface RendererInput {
  dataDir: string;
  vaultId: string;
  passphrase: string;
}

export interface RendererFigures {
  renderer_first_paint_after_unlock_ms: number | null;
  renderer_scroll_frame_p95_ms: number | null;
  reason: string | null;
}

/** What is still missing before the renderer can be measured, or null when nothing is. */
export function rendererMissing(root = process.cwd()): string | null {
  const at = (p: string) => resolve(root, p);
  if (!existsSync(at('tests/e2e/harness.ts'))) return 'the end-to-end harness (tests/e2e/harness.ts) does not exist yet';
  if (!existsSync(at('src/renderer/src/timeline'))) return 'the renderer has no timeline screen yet (src/renderer/src/timeline/)';
  if (!existsSync(at('out/renderer/index.html')) || readdirSync(at('out/renderer')).length === 0) {
    return 'the renderer is not built (out/renderer/index.html; run npm run build first)';
  }
  return 'bench/renderer.ts has no driver yet: it needs a launcher from tests/e2e/harness.ts usable outside a Playwright test (today the harness is a test fixture only)';
}

export async function measureRenderer(input: RendererInput): Promise<RendererFigures> {
  const missing = rendererMissing();
  if (missing) return { renderer_first_paint_after_unlock_ms: null, renderer_scroll_frame_p95_ms: null, reason: missing };
  return drive(input);
}

/**
 * To do once the harness exports a launcher (e.g. `launchHearth({ dataDir })` returning a Page whose
 * window.hearth reaches a real core on `dataDir`):
 *  1. open the unlock screen, type the passphrase, mark performance.now() at the click;
 *  2. first paint: in the page, a PerformanceObserver / requestAnimationFrame after the first
 *     timeline row is in the DOM, minus the click mark (median of a few runs);
 *  3. scroll the whole 50,000-event list top to bottom with mouse.wheel steps while a
 *     requestAnimationFrame loop records frame intervals; report their p95.
 */
async function drive(_input: RendererInput): Promise<RendererFigures> {
  return { renderer_first_paint_after_unlock_ms: null, renderer_scroll_frame_p95_ms: null, reason: 'renderer driver not written yet' };
}
