import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Core } from '../../src/core';
import { launchHearth, ORIGIN, type FakePlatform } from './launch';

export { expect, ORIGIN, type FakePlatform };

const SCREENS = resolve('test-results/screens');

export interface Hearth {
  page: Page;
  core: Core;
  dataDir: string;
  platform: FakePlatform;
  /** Hold every call on `channel` until the returned function is called (to see a "working…" state). */
  hold(channel: string): () => void;
  /** Save test-results/screens/<name>.png and fail on any serious or critical axe finding. */
  screen(name: string): Promise<void>;
  /** The core's clock: raise `laterMs` to act as if that much time has passed (reflections.spec.ts). */
  clock: { laterMs: number };
}

export const test = base.extend<{ hearth: Hearth; prepareDataDir: (dataDir: string) => Promise<void> }>({
  /** Runs before the core starts: a spec may fill the data folder first (e.g. a generated 50,000-entry vault). */
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a pattern for a fixture's first argument
  prepareDataDir: [async ({}, use) => use(async () => undefined), { option: true }],
  hearth: async ({ page, prepareDataDir }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
    await prepareDataDir(dataDir);
    // The core, the bridge, the served renderer and the reload on lock: the same launcher the benchmark uses.
    const launched = await launchHearth({ dataDir, page });
    const { core, platform, clock, requests } = launched;

    const hearth: Hearth = {
      page,
      core,
      dataDir,
      platform,
      clock,
      hold: launched.hold,
      async screen(name) {
        await mkdir(SCREENS, { recursive: true });
        // Fonts must be in, and transitions (e.g. after a theme switch) over, before a picture is worth anything.
        await page.evaluate(async () => {
          await document.fonts.ready;
          const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
          await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
        });
        await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `axe on ${name}`,
        ).toEqual([]);
      },
    };

    await use(hearth);

    await launched.close();
    rmSync(dataDir, { recursive: true, force: true });

    const outside = requests.filter((url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside, `requests outside ${ORIGIN} in "${testInfo.title}"`).toEqual([]);
  },
});

/** Read the first bytes of a file the core wrote. */
export function head(path: string, bytes = 8): string {
  return readFileSync(path).subarray(0, bytes).toString('latin1');
}
