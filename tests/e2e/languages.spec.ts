import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { createVault } from './flows';

const PASSPHRASE = 'lantern orbit velvet quarry';

/** Nothing on the page runs wider than the window, and no button or heading cuts its words off. */
async function expectNothingCut(page: Page): Promise<void> {
  const cut = await page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, a, h1, h2, label, legend, summary, p'))) {
      // Text only for screen readers (the skip link until it has focus) is clipped on purpose.
      if (el.closest('.sr-only')) continue;
      if (el.offsetParent && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName}: ${el.textContent?.trim()}`);
    }
    return found;
  });
  expect(cut).toEqual([]);
}

test('Settings › Language: German from the unlock screen to Home, and the choice is kept on this computer', async ({ hearth }) => {
  const { page } = hearth;

  // Chosen before any vault exists, the welcome screen speaks it from the first frame.
  await hearth.core.language.set({ chosen: 'de' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ein ruhiger Ort für euch zwei');
  await expectNothingCut(page);
  await hearth.screen('languages-de-welcome');
  await hearth.core.language.set({ chosen: null });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');

  await createVault(page, PASSPHRASE);

  // English by default here (the test browser's language), chosen in Settings.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Language on this computer')).toHaveValue('system');
  await page.getByLabel('Language on this computer').selectOption('de');
  await expect(page.getByText('Gespeichert. Hearth spricht jetzt Deutsch.')).toBeVisible();
  // Every screen speaks German: no "partly translated" note.
  await expect(page.getByTestId('partly-translated')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', /^de/);
  await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('button', { name: 'Einstellungen' })).toBeVisible();
  await expect(hearth.core.language.get()).resolves.toEqual({ chosen: 'de' });

  // Home, with the frame in German.
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: /^Sperren/ })).toBeVisible();
  await expectNothingCut(page);
  await hearth.screen('languages-de-home');

  // Locking reloads the window: the unlock screen speaks German from the first frame.
  await page.getByRole('button', { name: /^Sperren/ }).click();
  await expect(page.getByRole('heading', { name: 'Öffne euren Tresor' })).toBeVisible();
  await page.getByRole('button', { name: 'Den Wiederherstellungscode verwenden' }).click();
  await expect(page.getByLabel('Wiederherstellungscode')).toBeVisible();
  await expectNothingCut(page);
  await hearth.screen('languages-de-unlock-recovery');
  await page.getByRole('button', { name: 'Eine Passphrase verwenden' }).click();
  await expectNothingCut(page);
  await hearth.screen('languages-de-unlock');

  // And back to the system's language.
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByLabel('Sprache auf diesem Computer').selectOption('system');
  await expect(page.getByText('Saved. Hearth now speaks English.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Lock/ })).toBeVisible();
});

test('in German, every section reads whole and nothing is cut off, from the timeline to the export', async ({ hearth }) => {
  const { page } = hearth;
  await createVault(page, PASSPHRASE);
  await hearth.core.language.set({ chosen: 'de' });
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Bereiche' });

  // The timeline, with an entry written in German's long words.
  await nav.getByRole('button', { name: 'Zeitleiste' }).click();
  await page.getByRole('button', { name: /Euren ersten Moment eintragen|Neuer Eintrag/ }).first().click();
  await page.getByLabel('Titel').fill('Hochzeitstagsüberraschungswochenende');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Hochzeitstagsüberraschungswochenende' }).first()).toBeVisible();
  await expectNothingCut(page);
  await hearth.screen('languages-de-timeline');

  // Reflections: the first visit, with the three kinds to begin.
  await nav.getByRole('button', { name: 'Reflexionen' }).click();
  await expectNothingCut(page);
  await hearth.screen('languages-de-reflections');

  for (const [section, shot] of [
    ['Gespräche', 'languages-de-checkins'],
    ['Übungen', 'languages-de-exercises'],
    ['Einblicke', 'languages-de-insights'],
    ['Export', 'languages-de-export'],
  ] as const) {
    await nav.getByRole('button', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingCut(page);
    await hearth.screen(shot);
  }
  // No message key shows where its words should be.
  await expect(page.locator('body')).not.toContainText(/\b[a-z][A-Za-z]+\.[a-z]+[A-Z][A-Za-z]*\b/);
});
