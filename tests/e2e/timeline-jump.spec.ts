import { BENCH_PASSPHRASE } from '../../bench/client';
import { createGeneratedVault, generateData } from '../../bench/generate';
import { unlockWith } from './flows';
import { expect, test } from './harness';

// A generated vault of 10,000 entries over thirty years: rows of many heights, most of them never measured when the
// list has been read to its end by jumping straight to its foot.
test.use({
  // A function-valued option is given as a fixture, whose first argument Playwright requires to be a pattern.
  // eslint-disable-next-line no-empty-pattern
  prepareDataDir: async ({}, use) =>
    use(async (dataDir: string) => {
      const data = await generateData({ entries: 10_000, seed: 7, photos: 0 });
      const vault = await createGeneratedVault({ dataDir, data, kdf: { m: 1024, t: 1, p: 1 } });
      await vault.core.close();
    }),
});

test('jumping to a year already read lands with its heading at the top of the page, focused', async ({ hearth }) => {
  test.setTimeout(240_000);
  const { page } = hearth;
  await unlockWith(page, 'passphrase', BENCH_PASSPHRASE);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  const list = page.getByRole('region', { name: 'Entries' });
  await expect(list.locator('article').first()).toBeVisible();

  // Read the whole list by going to its foot again and again: the rows on the way are never drawn, so their heights
  // are still the estimates.
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
        return page.getByText("That's everything.").isVisible();
      },
      { timeout: 120_000, intervals: [50] },
    )
    .toBe(true);
  await page.evaluate(() => window.scrollTo({ top: 0 }));
  await page.mouse.move(600, 500);

  const years = await page.locator('#timeline-year option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(years.length).toBeGreaterThan(20);
  // Newest to oldest, then back up every other year: each jump goes some way down the page, or up.
  const order = [...years, ...years.filter((_, i) => i % 2 === 1).reverse()];
  const missed: string[] = [];
  for (const year of order) {
    await page.locator('#timeline-year').selectOption(year);
    const landed = await page
      .waitForFunction(
        (y) => {
          const heading = document.getElementById(`year-${y}`);
          if (!heading || document.activeElement !== heading) return false;
          const box = heading.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        },
        year,
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!landed) missed.push(year);
    // Reading on from there with the wheel, as someone looking for a time would.
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 1000);
  }
  expect(missed, 'years whose heading was not in view and focused after the jump').toEqual([]);
});
