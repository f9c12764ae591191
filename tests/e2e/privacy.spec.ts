import { expect, test } from './harness';
import { createVault, unlockWith } from './flows';

const SAM = 'lantern orbit velvet quarry';

test('auto-lock after idle, quick hide, and the privacy settings', async ({ hearth }) => {
  const { page, platform } = hearth;
  await createVault(page, SAM);

  // Settings › Privacy: defaults, a shorter auto-lock, and turning it off asks first.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  const autoLock = page.getByLabel('Lock when nobody has used the computer for');
  await expect(autoLock).toHaveValue('5');
  await autoLock.selectOption('never');
  const confirm = page.getByRole('dialog', { name: 'Turn auto-lock off?' });
  await expect(confirm).toBeVisible();
  await hearth.screen('50-privacy-turn-off-autolock');
  await confirm.getByRole('button', { name: 'Keep auto-lock' }).click();
  await autoLock.selectOption('1');
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('heading', { name: 'Privacy on this computer' }).scrollIntoViewIfNeeded();
  await hearth.screen('51-settings-privacy');

  // Nobody has touched the computer for a minute: the core locks and the window is wiped.
  platform.idle = 61;
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible({ timeout: 5_000 });
  await hearth.screen('52-auto-locked');
  platform.idle = 0;
  await unlockWith(page, 'passphrase', SAM);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');

  // Quick hide: one keystroke locks (in the app, the window is hidden at once as well).
  await page.keyboard.press('ControlOrMeta+Shift+H');
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  expect((await hearth.core.app.status()).state).toBe('locked');
});
