import type Insights from '../insights/Insights.svelte';
import { lazy, type Loader } from '../lib/lazy';
import type Settings from '../settings/Settings.svelte';
import type Export from '../therapyExport/Export.svelte';
import type { SectionId } from './sections';

/**
 * The frame's heavy sections, each its own chunk fetched when the section is first opened (issue 20): Insights (its
 * charts, layerchart and d3), the therapy export with its preview, and Settings (backups, data transfer, security).
 * The strength meter's dictionaries are a chunk of their own too (keys/passphrase.svelte.ts). A section's chunk is
 * also fetched when the pointer or the keyboard reaches its button, so it is usually there by the click.
 * `tests/static/bundle.test.ts` keeps these out of the frame's and the start screen's chunks.
 */
export const loadInsights: Loader<typeof Insights> = lazy(() => import('../insights/Insights.svelte').then((m) => m.default));
export const loadExport: Loader<typeof Export> = lazy(() => import('../therapyExport/Export.svelte').then((m) => m.default));
export const loadSettings: Loader<typeof Settings> = lazy(() => import('../settings/Settings.svelte').then((m) => m.default));

const PARTS: Partial<Record<SectionId, () => Promise<unknown>>> = {
  insights: loadInsights,
  therapyExport: loadExport,
  settings: loadSettings,
};

/** Start fetching a section's chunk (when its button is reached); a failure is shown when the section is opened. */
export function prefetchSection(id: SectionId): void {
  void PARTS[id]?.().catch(() => undefined);
}
