import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createVault, unlockWith } from './flows';
import { expect, test, type Hearth } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';

/** Create the vault, let the test damage its files while it is locked, then try to open it. */
async function damageThenUnlock(hearth: Hearth, damage: (dir: string) => void, before?: () => Promise<void>): Promise<{ page: Page; dir: string; code: string[] }> {
  const { page, core } = hearth;
  const code = await createVault(page, PASSPHRASE);
  await before?.();
  const dir = (await core.vaults.list())[0]!.path;
  await page.keyboard.press('ControlOrMeta+L');
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  damage(dir);
  await unlockWith(page, 'passphrase', PASSPHRASE);
  return { page, dir, code };
}

test('a damaged vault file gets a calm screen, and following its steps with a backup opens the vault again', async ({ hearth }) => {
  const { page, dir } = await damageThenUnlock(
    hearth,
    (vaultDir) => {
      const file = join(vaultDir, 'hearth.db');
      truncateSync(file, readFileSync(file).length - 100);
    },
    async () => {
      await hearth.core.backups.backupNow('vault');
    },
  );

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('This vault looks damaged');
  await expect(title).toBeFocused();
  await expect(page.getByText(/Hearth has not changed anything/)).toBeVisible();
  await expect(page.getByText(dir, { exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'open the folder called “backups”' })).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toHaveCount(0);
  await hearth.screen('damaged-01-corrupt');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('damaged-01-corrupt-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Trying again before anything is fixed says so, and still changes nothing.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(/still cannot open the vault/)).toBeVisible();

  // The steps on the screen, done by hand: move the damaged file aside, put the newest backup in its place.
  const aside = join(hearth.dataDir, 'kept-aside');
  mkdirSync(aside);
  for (const name of readdirSync(dir).filter((n) => n === 'hearth.db' || n.startsWith('hearth.db-'))) renameSync(join(dir, name), join(aside, name));
  const newest = readdirSync(join(dir, 'backups'))
    .filter((n) => n.endsWith('.db'))
    .sort()
    .at(-1)!;
  copyFileSync(join(dir, 'backups', newest), join(dir, 'hearth.db'));
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
});

test('damaged passphrase files lead to the recovery code', async ({ hearth }) => {
  const { page, code } = await damageThenUnlock(hearth, (dir) => {
    writeFileSync(join(dir, 'keyslots.json'), 'garbage');
    writeFileSync(join(dir, 'keyslots.backup.json'), 'garbage');
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("The vault's passphrase files are damaged");
  await hearth.screen('damaged-02-key-files');
  await page.getByRole('button', { name: 'Use the recovery code' }).click();
  await expect(page.getByLabel('Recovery code')).toBeFocused();
  await page.getByLabel('Recovery code').fill(code.join('-'));
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Opened: Hearth asks for a new passphrase to replace the lost ones.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set a new passphrase');
});

test('a vault from a newer Hearth says to update, and nothing was changed', async ({ hearth }) => {
  let before = '';
  const { page } = await damageThenUnlock(hearth, (dir) => {
    const path = join(dir, 'vault.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), version: 99 }));
    before = readFileSync(join(dir, 'hearth.db')).toString('base64');
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This vault needs a newer Hearth');
  await expect(page.getByText(/Update Hearth on this computer/)).toBeVisible();
  await expect(page.getByText('Nothing in it was changed.', { exact: false })).toBeVisible();
  await hearth.screen('damaged-03-too-new');
  const dir = (await hearth.core.vaults.list())[0]!.path;
  expect(readFileSync(join(dir, 'hearth.db')).toString('base64')).toBe(before);
  await page.getByRole('button', { name: /Back to/ }).click();
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
});

test('a vault folder that went away (an unplugged USB stick) can be tried again once it is back', async ({ hearth }) => {
  const moved = join(hearth.dataDir, 'unplugged');
  let dir = '';
  const { page } = await damageThenUnlock(hearth, (vaultDir) => {
    dir = vaultDir;
    renameSync(vaultDir, moved);
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Hearth can't find the vault's folder");
  await expect(page.getByText(/plug it in/)).toBeVisible();
  await expect(page.getByText(dir, { exact: true })).toBeVisible();
  await hearth.screen('damaged-04-folder-missing');
  renameSync(moved, dir);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
});
