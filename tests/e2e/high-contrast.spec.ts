import type { Page } from '@playwright/test';
import { AnswerCheckInInput, StartCheckInInput } from '../../src/shared/checkins';
import { NewEventInput } from '../../src/shared/timeline';
import { createVault, unlockWith } from './flows';
import { expect, test, type Hearth } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';
const DAY_MS = 24 * 60 * 60 * 1000;
const blank = { connection: '', closer: '', highlight: '', distance: '' };

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Six weekly check-ins done together with both numbers (one left out), and moments of three kinds. */
async function fillInsights(hearth: Hearth) {
  const { core, clock } = hearth;
  const ratings: [number, number | null][] = [
    [6, 7],
    [7, 7],
    [5, 8],
    [7, null],
    [8, 7],
    [8, 9],
  ];
  for (const [a, b] of ratings) {
    clock.laterMs += 7 * DAY_MS;
    const checkIn = await core.checkins.start(StartCheckInInput.parse({ withAppreciations: false, mode: 'together' }));
    await core.checkins.answer(AnswerCheckInInput.parse({ id: checkIn.id, partner: 'a', answers: blank, rating: a }));
    await core.checkins.answer(AnswerCheckInInput.parse({ id: checkIn.id, partner: 'b', answers: blank, rating: b }));
    await core.checkins.finish({ id: checkIn.id });
  }
  const today = new Date(Date.now() + clock.laterMs).toISOString().slice(0, 10);
  const entry = { body: '', endDate: null, author: 'both' as const, tags: [], startDate: today };
  const hard = await core.timeline.create(NewEventInput.parse({ ...entry, kind: 'hard_moment', title: 'Sharp words about money', valence: -1 }));
  const repair = await core.timeline.create(NewEventInput.parse({ ...entry, kind: 'repair', title: 'Talked it through on a walk', valence: 1 }));
  await core.timeline.create(NewEventInput.parse({ ...entry, kind: 'quality_time', title: 'Film night', valence: 2 }));
  await core.timeline.create(NewEventInput.parse({ ...entry, kind: 'milestone', title: 'The new flat', valence: 2 }));
  await core.timeline.link({ from: hard.id, to: repair.id });
}

test('high contrast: forced colours and more contrast on home, a check-in and insights, each checked by axe', async ({ hearth }) => {
  const { page } = hearth;
  await createVault(page, PASSPHRASE);

  // ── Windows High Contrast (forced colours), light and dark, and "more contrast" ──
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  await hearth.screen('contrast-01-home-forced');
  // The current section is marked by more than colour: the frame around it survives forced colours.
  const current = page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Home' });
  await expect(current).toHaveAttribute('aria-current', 'page');
  expect(await current.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  await page.emulateMedia({ forcedColors: 'none', contrast: 'more' });
  expect(await page.evaluate(() => matchMedia('(prefers-contrast: more)').matches)).toBe(true);
  await hearth.screen('contrast-02-home-more');

  // ── A check-in, answering: the chosen number is marked by shape, not only by colour ──
  await page.emulateMedia({ forcedColors: 'active', contrast: 'no-preference' });
  await openSection(page, 'Check-ins');
  await page.getByRole('button', { name: 'Start a check-in now' }).click();
  await page.getByRole('radio', { name: 'Each on our own' }).check();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: "I'm Sam" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam’s answers');
  await page.getByText('7', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '7' })).toBeChecked();
  await hearth.screen('contrast-03-checkin-forced');
  await page.emulateMedia({ forcedColors: 'none', contrast: 'more' });
  await hearth.screen('contrast-04-checkin-more');
  // Set aside, so the check-ins below can be made.
  const open = await hearth.core.checkins.current();
  if (open) await hearth.core.checkins.discard({ id: open.id });

  // ── Insights with data: series differ by shape and dash as well as colour ──
  await fillInsights(hearth);
  await page.emulateMedia({ forcedColors: 'active', contrast: 'no-preference' });
  await openSection(page, 'Insights');
  const ratings = page.getByRole('region', { name: 'Connection ratings' }).getByTestId('ratings-chart');
  await expect(ratings.locator('svg circle')).toHaveCount(11);
  await hearth.screen('contrast-05-insights-forced');
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await hearth.screen('contrast-06-insights-forced-dark');
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light', contrast: 'more' });
  await hearth.screen('contrast-07-insights-more');
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'dark', contrast: 'more' });
  await hearth.screen('contrast-08-insights-more-dark');
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light', contrast: 'no-preference' });
});

test('text size: kept on this computer, applied to the whole window and to the unlock screen', async ({ hearth }) => {
  const { page } = hearth;
  await createVault(page, PASSPHRASE);
  await openSection(page, 'Settings');
  const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await rootSize()).toBe('16px');
  await page.getByRole('radio', { name: 'Larger' }).check();
  await expect(page.getByText('Larger text, kept on this computer.')).toBeVisible();
  expect(await rootSize()).toBe('20px');
  await page.getByRole('region', { name: 'Text size' }).scrollIntoViewIfNeeded();
  await hearth.screen('text-size-01-settings-larger');

  // Locking reloads the window: the unlock screen, before any vault is open, is drawn at the kept size.
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  await expect.poll(rootSize).toBe('20px');
  await hearth.screen('text-size-02-unlock-larger');
  await unlockWith(page, 'passphrase', PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
  expect(await rootSize()).toBe('20px');
  await hearth.screen('text-size-03-home-larger');
});
