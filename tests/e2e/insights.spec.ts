import type { Page } from '@playwright/test';
import { NewReflectionInput, SaveSideInput } from '../../src/shared/reflections';
import { createVault } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';
/** Named only on a side still being written: it must never be counted. */
const UNFINISHED = 'jealous';

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('Insights: the patterns you noticed, worded as noticing, from finished reflections only', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);

  // ── Nothing written yet: a kind word, and the way to Reflections ──
  await openSection(page, 'Insights');
  const patterns = page.getByRole('region', { name: 'Patterns you have noticed' });
  await expect(patterns).toContainText('Nothing noticed here yet, and there is no hurry.');
  await hearth.screen('insights-patterns-01-empty');
  await patterns.getByRole('button', { name: 'Go to Reflections' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflections');

  // ── Two conflict reflections, an aftermath both finished, and one still being written ──
  // Straight to the core, so each argument is parsed as the dispatcher parses it (defaults filled in).
  const create = (input: NewReflectionInput) => core.reflections.create(NewReflectionInput.parse(input));
  const saveSide = (input: SaveSideInput) => core.reflections.saveSide(SaveSideInput.parse(input));
  await create({
    type: 'conflict',
    title: 'Dishes again',
    author: 'a',
    answers: {
      feelings: (['hurt', 'tired', 'tense', 'anxious'] as const).map((feeling) => ({ feeling, intensity: 3 })),
      needs: ['support', 'fairness'],
      horsemen: ['criticism', 'defensiveness'],
      barriers: ['expectations', 'time_and_effort'],
    },
  });
  await create({
    type: 'conflict',
    title: 'Guests without asking',
    author: 'b',
    answers: {
      feelings: (['hurt', 'lonely', 'sad', 'frustrated'] as const).map((feeling) => ({ feeling, intensity: 3 })),
      needs: ['support', 'consideration'],
      horsemen: ['criticism'],
      barriers: ['expectations'],
    },
  });
  const keys = await create({ type: 'aftermath', title: 'The car keys' });
  await saveSide({ id: keys.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'tense', intensity: 3 }] } });
  await saveSide({ id: keys.id, partner: 'b', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'tired', intensity: 2 }] } });
  const holiday = await create({ type: 'aftermath', title: 'The holiday plans' });
  await saveSide({ id: holiday.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'calm', intensity: 3 }] } });
  await saveSide({ id: holiday.id, partner: 'b', expectedVersion: 1, done: false, side: { feelings: [{ feeling: UNFINISHED, intensity: 3 }] } });

  await openSection(page, 'Insights');
  await expect(patterns.getByTestId('reading')).toContainText('Counted from 3 reflections since');
  const horsemen = patterns.getByRole('list', { name: 'The Four Horsemen' }).getByRole('listitem');
  await expect(horsemen).toHaveCount(2);
  await expect(horsemen.nth(0)).toContainText('You noticed criticism in 2 reflections.');
  await expect(horsemen.nth(0)).toContainText('What helps instead: A gentle start-up.');
  await expect(horsemen.nth(1)).toContainText('You noticed defensiveness in one reflection.');
  await expect(horsemen.nth(1)).toContainText('What helps instead: Taking responsibility for a part.');
  await expect(patterns.getByRole('list', { name: 'What got in the way' })).toContainText('Expectations that were hard to meet — in 2 reflections');
  await expect(patterns.getByRole('list', { name: 'Needs named most' }).getByRole('listitem').first()).toHaveText('support — in 2 reflections');
  const feelings = patterns.getByRole('list', { name: 'Feelings named most' }).getByRole('listitem');
  await expect(feelings.first()).toHaveText('hurt — in 2 reflections');
  await expect(feelings).toHaveCount(6);
  // Neither side of the unfinished aftermath is read; nothing names or ranks one of you.
  await expect(patterns).not.toContainText(UNFINISHED);
  await expect(patterns).not.toContainText('calm —');
  await expect(patterns).not.toContainText(/Sam|Alex|score|streak|in a row/);
  await hearth.screen('insights-patterns-02');

  // Every feeling named, from the keyboard.
  const more = patterns.getByRole('button', { name: 'Show all 7 feelings' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(feelings).toHaveCount(7);
  await expect(patterns.getByRole('button', { name: 'Show the first 6' })).toHaveAttribute('aria-expanded', 'true');

  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('insights-patterns-03-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});
