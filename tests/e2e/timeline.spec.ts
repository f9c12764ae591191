import sharp from 'sharp';
import type { Core } from '../../src/core';
import type { EventKind } from '../../src/shared/timeline';
import { createVault, unlockWith } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';

/** Today's month and day, some years back: what "On this day" looks for. */
function sameDayYearsAgo(years: number): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  // 29 February has no match in most years; the day before works the same way.
  const day = now.getMonth() === 1 && now.getDate() === 29 ? 28 : now.getDate();
  return `${now.getFullYear() - years}-${pad(now.getMonth() + 1)}-${pad(day)}`;
}

async function smallJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 196, g: 140, b: 92 } } })
    .jpeg()
    .toBuffer();
}

/** Entries written straight through the core, as arguments arrive after validation. */
async function seed(core: Core, entries: { title: string; kind: EventKind; startDate: string; body?: string; valence?: number; tags?: string[]; author?: 'a' | 'b' | 'both' }[]) {
  for (const e of entries) {
    await core.timeline.create({
      kind: e.kind,
      title: e.title,
      body: e.body ?? '',
      startDate: e.startDate,
      endDate: null,
      author: e.author ?? 'both',
      valence: e.valence ?? 0,
      tags: e.tags ?? [],
    });
  }
}

test('add an entry with a photo, edit it, find it, see it on this day, trash and restore it, and keep a draft through a lock', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  const nav = page.getByRole('navigation', { name: 'Sections' });

  // First visit: an empty timeline with one action and suggested milestones
  await nav.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(page.getByRole('button', { name: 'Add your first moment' })).toBeVisible();
  await hearth.screen('timeline-01-empty');
  await page.getByRole('button', { name: 'Our first date' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New entry');
  await expect(page.getByLabel('Title')).toHaveValue('Our first date');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  // A suggestion is only a starting point: nothing was written to the vault.
  expect((await core.timeline.list({ order: 'newest', after: null, limit: 10, filter: {} })).items).toEqual([]);
  expect(await core.drafts.list()).toEqual([]);

  // Add: validation first, then a full entry with a photo
  await page.getByRole('button', { name: 'Add your first moment' }).click();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByText('Give this moment a title.')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();

  const day = sameDayYearsAgo(3);
  await page.getByLabel('Title').fill('Picnic by the river');
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByText('Memory', { exact: true }).click();
  await page.getByLabel('What happened').fill('We found the quiet spot under the willow and stayed until dark. Alex brought the good bread.');
  await page.getByLabel('Tags').fill('summer');
  await page.getByLabel('Tags').press('Enter');
  await page.getByLabel('Tags').fill('Outdoors');
  await page.getByLabel('Tags').press('Enter');
  await page.getByLabel('Sam and Alex').check();
  await page.getByLabel('Very good').check();
  await page.getByLabel('Add photos').setInputFiles({ name: 'river.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await page.getByLabel('Caption for river.jpg').fill('The willow');
  await hearth.screen('timeline-02-editor');
  await page.getByRole('button', { name: /^Save/ }).click();

  // The entry, with its photo (the bytes crossed the bridge as a real Uint8Array)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Picnic by the river');
  await expect(page.getByText('Written by Sam and Alex · Felt: Very good')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open The willow full size' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [summary] = (await core.timeline.list({ order: 'newest', after: null, limit: 10, filter: {} })).items;
  expect(summary).toMatchObject({ title: 'Picnic by the river', photoCount: 1, tags: ['outdoors', 'summer'], startDate: day });
  await page.getByRole('button', { name: 'Open The willow full size' }).click();
  await expect(page.getByRole('dialog', { name: 'The willow' }).getByRole('img', { name: 'The willow' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Edit in place; a file that is not a photo is refused with the core's words
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit entry');
  await page.getByLabel('Title').fill('Picnic under the willow');
  await page.getByLabel('Add photos').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo at all') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText(/JPEG, PNG, WebP or HEIC/);
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Picnic under the willow');
  await page.getByRole('button', { name: 'Earlier versions' }).click();
  await expect(page.getByText('Picnic by the river')).toBeVisible();
  await hearth.screen('timeline-03-event');

  // A few more moments, so the timeline has years and kinds to show
  await seed(core, [
    { title: 'The day we first met', kind: 'milestone', startDate: '2016-09-17', body: 'A friend’s birthday, a crowded kitchen, and a long talk about maps.', valence: 2 },
    { title: 'Lisbon, finally', kind: 'quality_time', startDate: '2022-04-02', body: 'Trams, custard tarts, and getting lost on purpose.', valence: 2, tags: ['trips'] },
    { title: 'The argument about money', kind: 'hard_moment', startDate: '2023-02-11', body: 'It started with the heating bill and went somewhere older.', valence: -2, tags: ['money'], author: 'a' },
    { title: 'Talking it through', kind: 'repair', startDate: '2023-02-13', body: 'We made tea and each said what we had been afraid of.', valence: 1, tags: ['money'], author: 'b' },
    { title: 'Thank you for the quiet Sunday', kind: 'appreciation', startDate: '2024-06-09', valence: 1, author: 'b' },
  ]);
  await nav.getByRole('button', { name: 'Timeline' }).click();
  const entries = page.getByRole('region', { name: 'Entries' });
  await expect(entries.getByRole('heading', { name: 'Talking it through' })).toBeVisible();
  await expect(entries.getByRole('heading', { name: '2023', level: 2 })).toBeVisible();
  await hearth.screen('timeline-04-list');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('timeline-04-list-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Search anywhere with Ctrl+K; arrows and Enter open a hit
  await page.keyboard.press('ControlOrMeta+K');
  const search = page.getByRole('dialog', { name: 'Search' });
  await expect(search.getByRole('combobox', { name: 'Search everything' })).toBeFocused();
  await page.keyboard.type('willow');
  await expect(search.getByRole('option')).toHaveCount(1);
  await expect(search.locator('mark').first()).toHaveText(/willow/i);
  await hearth.screen('timeline-05-search');
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Picnic under the willow');

  // On this day, on Home
  await nav.getByRole('button', { name: 'Home' }).click();
  const onThisDay = page.getByRole('region', { name: 'On this day' });
  await expect(onThisDay.getByRole('button', { name: 'Picnic under the willow' })).toBeVisible();
  await expect(onThisDay).toContainText('3 years ago');
  await hearth.screen('timeline-06-home-on-this-day');
  await onThisDay.getByRole('button', { name: 'Picnic under the willow' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Picnic under the willow');

  // Move to the trash, see it there, restore it
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is in the Trash' })).toBeVisible();
  await expect(entries.getByRole('heading', { name: 'Picnic under the willow' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trash');
  await expect(page.getByText('removed for good', { exact: false }).first()).toBeVisible();
  await hearth.screen('timeline-07-trash');
  await page.getByRole('button', { name: 'Restore “Picnic under the willow”' }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Timeline' }).first().click();
  await expect(entries.getByRole('heading', { name: 'Picnic under the willow' })).toBeVisible();

  // Delete forever asks once more
  await entries.getByRole('button', { name: 'Thank you for the quiet Sunday' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await page.getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Delete “Thank you for the quiet Sunday” forever' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete forever?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  expect(await core.timeline.trash()).toEqual([]);

  // Lock with unsaved text: the draft is written first and offered after unlock
  await page.getByRole('button', { name: 'Timeline' }).first().click();
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New entry');
  await page.getByLabel('Title').fill('Half a thought');
  await page.getByLabel('What happened').fill('Something I want to remember about today');
  await page.keyboard.press('ControlOrMeta+L');
  await unlockWith(page, 'passphrase', PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
  const offer = page.getByRole('region', { name: 'Unsaved entries' });
  await expect(offer).toContainText('You have an unsaved entry from');
  await expect(offer).toContainText('Half a thought');
  await offer.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Half a thought');
  await expect(page.getByLabel('What happened')).toHaveValue('Something I want to remember about today');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Half a thought');
  expect(await core.drafts.list()).toEqual([]);
});

test('a long timeline scrolls to its oldest entry while only a few rows are in the page', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  const kinds: EventKind[] = ['milestone', 'memory', 'quality_time', 'appreciation', 'hard_moment', 'repair', 'other'];
  const start = Date.UTC(2020, 0, 1);
  const entries = Array.from({ length: 1_999 }, (_, i) => ({
    title: `Day ${i + 1} together`,
    kind: kinds[i % kinds.length]!,
    startDate: new Date(start + (i + 1) * 86_400_000).toISOString().slice(0, 10),
    body: i % 3 === 0 ? 'A walk, a meal, a small joke that stayed.' : '',
  }));
  await seed(core, [{ title: 'The very first entry', kind: 'milestone', startDate: '2019-12-31' }, ...entries]);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  const list = page.getByRole('region', { name: 'Entries' });
  await expect(list.getByRole('heading', { name: 'Day 1999 together' })).toBeVisible();

  // Jumping to a year that is not loaded yet starts the list there, and going back is one click.
  await page.getByLabel('Jump to year').selectOption('2020');
  await expect(list.getByRole('heading', { name: '2020', level: 2 })).toBeFocused();
  await expect(page.getByText('Showing 2020 and earlier.')).toBeVisible();
  await page.getByRole('button', { name: 'Show from the newest' }).click();
  await expect(list.getByRole('heading', { name: 'Day 1999 together' })).toBeVisible();

  const oldest = list.getByRole('heading', { name: 'The very first entry' });
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
        return oldest.isVisible();
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBe(true);
  await expect(page.getByText("That's everything.")).toBeVisible();
  const rendered = await list.locator('article').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(100);

  // A year already loaded is scrolled to in place.
  await page.getByLabel('Jump to year').selectOption('2023');
  await expect(list.getByRole('heading', { name: '2023', level: 2 })).toBeInViewport();
  // …and focus lands on it once the list has drawn it, as it does for a year not loaded yet.
  await expect(list.getByRole('heading', { name: '2023', level: 2 })).toBeFocused();
  await expect(page.getByText(/^Showing \d{4} and/)).toHaveCount(0);
});
