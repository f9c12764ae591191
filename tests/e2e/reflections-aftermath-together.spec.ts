import type { Page } from '@playwright/test';
import type { AftermathReflection } from '../../src/shared/reflections';
import { createVault } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';
const ACCOUNT = 'I felt rushed, and everyone in the car park was watching.\nI wanted us to leave before it got dark.';
const REGRET = 'Raising my voice at the ticket machine.';

async function openSide(page: Page, name: string, start: 'Start' | 'Open') {
  await page.getByLabel(name, { exact: true }).check();
  await page.getByRole('button', { name: `${start} ${name}’s side` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How I felt');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How it was for each of us');
}

async function saveAndClose(page: Page) {
  await page.getByRole('button', { name: 'Save and close' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The car park');
}

test('an aftermath done together: Sam shows their account, Alex says back what they heard, then Sam takes it back', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Reflections' }).click();
  await page.getByRole('button', { name: 'Start a reflection' }).click();
  await page.getByRole('button', { name: /^After a hard moment/ }).click();
  await expect(page.getByText(/Sitting together\? Whoever speaks first can show the other/)).toBeVisible();
  await page.getByLabel('Title').fill('The car park');
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The car park');

  // Sam speaks first: their account, shown to Alex now. The rest of Sam's side stays Sam's.
  await openSide(page, 'Sam', 'Start');
  await page.getByLabel('How it looked and felt from where I stood').fill(ACCOUNT);
  const show = page.getByRole('checkbox', { name: 'Show this to Alex now' });
  await expect(show).not.toBeChecked();
  await show.focus();
  await page.keyboard.press('Space');
  await expect(show).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('What I regret').fill(REGRET);
  await saveAndClose(page);
  // The aftermath's own page still shows neither side.
  await expect(page.getByText('I felt rushed, and everyone')).toHaveCount(0);

  // Alex listens: Sam's account, quoted and named, then the mirroring prompt, then Alex's own words.
  await openSide(page, 'Alex', 'Start');
  const shown = page.getByRole('region', { name: 'How it was for Sam, in their words' });
  await expect(shown.locator('blockquote')).toHaveText(ACCOUNT);
  await expect(page.getByTestId('mirroring')).toHaveText('“What I heard you say is… Is there more?”');
  await expect(page.getByText(REGRET)).toHaveCount(0);
  await page.keyboard.press('Tab');
  const heard = page.getByLabel('What I heard of Sam’s side');
  await expect(heard).toBeFocused();
  await page.keyboard.type('You felt rushed and watched, and you wanted to be home before dark.');
  await page.getByLabel('What makes sense to me in it').fill('It was loud, and it was getting late.');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await hearth.screen('reflections-12-aftermath-together-listener');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('reflections-13-aftermath-together-listener-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await saveAndClose(page);

  // Sam takes it back: Alex's step 2 is as it always was.
  await openSide(page, 'Sam', 'Open');
  await page.getByRole('checkbox', { name: 'Show this to Alex now' }).uncheck();
  await saveAndClose(page);
  await openSide(page, 'Alex', 'Open');
  await expect(page.getByRole('region', { name: /How it was for Sam/ })).toHaveCount(0);
  await expect(page.getByText('I felt rushed, and everyone')).toHaveCount(0);
  await expect(page.getByLabel('What I heard of Sam’s side')).toHaveValue('You felt rushed and watched, and you wanted to be home before dark.');
  await saveAndClose(page);

  const [item] = (await core.reflections.list({ after: null, limit: 50, filter: {} })).items;
  const saved = (await core.reflections.get({ id: item!.id })) as AftermathReflection;
  expect(saved.sides.a.answers).toMatchObject({ myReality: ACCOUNT, showMyReality: false, regret: REGRET });
  expect(saved.sides.b.answers).toMatchObject({ showMyReality: false, myReality: '', validation: 'It was loud, and it was getting late.' });
  expect((await core.search.query({ text: 'rushed', limit: 20 })).total).toBe(0);
});
