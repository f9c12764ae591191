import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_PASSPHRASE } from '../../bench/client';
import { createGeneratedVault, generateData, type GeneratedData } from '../../bench/generate';
import { unlockWith } from './flows';
import { expect, test } from './harness';

let data: GeneratedData;

// A real 50,000-entry vault, generated as the benchmark does, in the data folder before the core starts.
test.use({
  // A function-valued option is given as a fixture, whose first argument Playwright requires to be a pattern.
  // eslint-disable-next-line no-empty-pattern
  prepareDataDir: async ({}, use) =>
    use(async (dataDir: string) => {
      data = await generateData({ entries: 50_000, seed: 11, photos: 0 });
      const vault = await createGeneratedVault({ dataDir, data, kdf: { m: 1024, t: 1, p: 1 } });
      await vault.core.close();
    }),
});

test('50,000 entries scroll from the newest to the oldest with only a few rows in the page', async ({ hearth }) => {
  test.setTimeout(300_000);
  const { page, core } = hearth;
  expect(data.events).toHaveLength(50_000);

  await unlockWith(page, 'passphrase', BENCH_PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  // The entry the list ends with, as the core orders it.
  const [oldest] = (await core.timeline.list({ order: 'oldest', after: null, limit: 1, filter: {} })).items;
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  const list = page.getByRole('region', { name: 'Entries' });
  await expect(list.locator('article').first()).toBeVisible();

  // Frame times are recorded while scrolling (reported, never asserted: this machine is shared and noisy).
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[] };
    w.frames = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, 40_000);
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
        return page.getByText("That's everything.").isVisible();
      },
      { timeout: 240_000, intervals: [50] },
    )
    .toBe(true);
  // The last row is from the oldest entry's year (several entries can share the oldest day).
  expect(await list.locator('article').last().innerText()).toContain(oldest!.startDate.slice(0, 4));
  const rendered = await list.locator('article').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(150);

  const frames = (await page.evaluate(() => (window as unknown as { frames: number[] }).frames)).slice(1).sort((a, b) => a - b);
  const p95 = frames[Math.floor(frames.length * 0.95)] ?? 0;
  const report = { entries: 50_000, frames: frames.length, frameP95Ms: Math.round(p95 * 10) / 10, frameMaxMs: Math.round((frames.at(-1) ?? 0) * 10) / 10 };
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', 'timeline-50k-scroll.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`50,000-entry timeline scrolled to the oldest entry: ${JSON.stringify(report)}`);
});
