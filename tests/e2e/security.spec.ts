import { expect, test } from './harness';
import { confirmRecoveryCode, createVault, readRecoveryCode, unlockWith } from './flows';

const SAM = 'lantern orbit velvet quarry';
const ALEX = 'marble heron cactus twilight';

test('each partner gets a passphrase, the recovery code is replaced, the last passphrase stays', async ({ hearth }) => {
  const { page } = hearth;
  const oldCode = await createVault(page, SAM);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Settings' }).click();

  // The only passphrase cannot be removed; the core says so and the dialog shows it.
  await page.getByRole('button', { name: "Remove Sam's passphrase" }).click();
  const dialog = page.getByRole('dialog', { name: "Remove Sam's passphrase?" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your current passphrase').fill(SAM);
  await dialog.getByRole('button', { name: 'Remove it' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/only passphrase that opens the vault/);
  await hearth.screen('30-settings-remove-last');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Alex adds a passphrase of their own, confirmed with Sam's.
  await page.getByRole('button', { name: "Add Alex's own passphrase" }).click();
  await page.getByLabel('Your current passphrase, to confirm it is you').fill(SAM);
  await page.getByLabel("Alex's new passphrase").fill(ALEX);
  await page.getByRole('region', { name: 'Security' }).getByLabel('Type it once more').fill(ALEX);
  await hearth.screen('31-settings-add-partner');
  await page.getByRole('button', { name: 'Add passphrase' }).click();
  await expect(page.getByText('Alex now has a passphrase of their own.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Change/ })).toHaveCount(2);
  await expect(page.getByRole('button', { name: "Add Alex's own passphrase" })).toHaveCount(0);

  // A new recovery code, shown and checked with the same kit as at creation.
  await page.getByRole('button', { name: 'Make a new recovery code' }).click();
  const regenerate = page.getByRole('dialog', { name: 'Make a new recovery code?' });
  await expect(regenerate).toContainText('stop working');
  await hearth.screen('32-settings-regenerate-dialog');
  await regenerate.getByLabel('Your current passphrase').fill(ALEX);
  await regenerate.getByRole('button', { name: 'Make a new code' }).click();
  const newCode = await readRecoveryCode(page);
  expect(newCode).not.toEqual(oldCode);
  await hearth.screen('33-settings-new-recovery-code');
  await confirmRecoveryCode(page, newCode, 'Done');
  await expect(page.getByText(/old one no longer opens the vault/)).toBeVisible();

  // The old code no longer opens the vault; the new one does.
  await page.keyboard.press('ControlOrMeta+L');
  await unlockWith(page, 'recovery', oldCode.join('-'));
  await expect(page.getByText("That recovery code doesn't open this vault.")).toBeVisible();
  await page.getByLabel('Recovery code').fill(newCode.join('-'));
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');

  // With two passphrases, one can go.
  await nav.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: "Remove Sam's passphrase" }).click();
  await page.getByRole('dialog').getByLabel('Your current passphrase').fill(ALEX);
  await expect(page.getByRole('dialog')).toContainText('not even a copy of it made before today');
  await hearth.screen('34-settings-remove-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove it' }).click();
  // Removing re-keys the vault, so the code changes again, and the screen says why.
  const afterRemoval = await readRecoveryCode(page);
  expect(afterRemoval).not.toEqual(newCode);
  await expect(page.getByText(/may also know the old recovery code/)).toBeVisible();
  await hearth.screen('35-settings-removed-new-code');
  await confirmRecoveryCode(page, afterRemoval, 'Done');
  await expect(page.getByText(/old one no longer opens the vault/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Change/ })).toHaveCount(1);

  await page.keyboard.press('ControlOrMeta+L');
  await unlockWith(page, 'passphrase', SAM);
  await expect(page.getByText("That passphrase doesn't open this vault.")).toBeVisible();
  await page.getByLabel('Passphrase').fill(ALEX);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
});
