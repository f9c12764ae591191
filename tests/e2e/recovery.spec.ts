import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness';
import { createVault, unlockWith } from './flows';

const SAM = 'lantern orbit velvet quarry';
const NEW = 'copper meadow lantern hush';

test('with both key-slot files lost, the recovery code opens the vault and asks for a new passphrase', async ({ hearth }) => {
  const { page, core } = hearth;
  const code = await createVault(page, SAM);
  await page.keyboard.press('ControlOrMeta+L');
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();

  const [vault] = await core.vaults.list();
  for (const file of ['keyslots.json', 'keyslots.backup.json']) rmSync(join(vault!.path, file), { force: true });

  await unlockWith(page, 'recovery', code.join(' ').toLowerCase());
  await expect(page.getByRole('heading', { name: 'Set a new passphrase' })).toBeVisible();
  await page.getByRole('radio', { name: 'Sam' }).check();
  await page.getByLabel('New passphrase').fill(NEW);
  await page.getByLabel('Type it once more').fill(NEW);
  await hearth.screen('40-set-new-passphrase');
  await page.getByRole('button', { name: 'Save passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');

  await page.keyboard.press('ControlOrMeta+L');
  await unlockWith(page, 'passphrase', NEW);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
});

test('a mistyped recovery code is named, and a forgotten vault can be opened again from its folder', async ({ hearth }) => {
  const { page, core, platform } = hearth;
  const code = await createVault(page, SAM);
  await page.keyboard.press('ControlOrMeta+L');

  const typo = [...code];
  typo[4] = typo[4]!.startsWith('A') ? `B${typo[4]!.slice(1)}` : `A${typo[4]!.slice(1)}`;
  await unlockWith(page, 'recovery', typo.join('-'));
  await expect(page.locator('#unlock-message')).toContainText(/group 5/i);
  await hearth.screen('41-unlock-recovery-typo');

  const [vault] = await core.vaults.list();
  await page.getByRole('button', { name: 'Forget this vault on this computer' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Its files are not deleted');
  await expect(dialog).toContainText(vault!.path);
  await hearth.screen('42-forget-dialog');
  await dialog.getByRole('button', { name: 'Forget it here' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');

  platform.nextFolder = vault!.path;
  await page.getByRole('button', { name: 'Open a vault from a folder' }).click();
  await unlockWith(page, 'passphrase', SAM);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
});
