import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createVault } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';
const EXPORT_PASSPHRASE = 'copper meadow kettle harbour';

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
}

async function addEntry(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Add your first moment' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Day', { exact: true }).fill('2024-05-18');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('back up from Settings, restore the backup, and back up to a folder', async ({ hearth }) => {
  const { page, platform } = hearth;
  await createVault(page, PASSPHRASE);
  await openSettings(page);

  // Back up now, into the vault's own backups folder
  const backups = page.getByRole('region', { name: 'Backups' });
  const list = backups.getByRole('list', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/A new backup is in the vault's backups folder/)).toBeVisible();
  const mine = list.getByRole('listitem').filter({ hasText: 'Made by you' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText(/kB · checked /);
  await backups.scrollIntoViewIfNeeded();
  await hearth.screen('backups-01-list');

  // Something written after the backup…
  await addEntry(page, 'Written after the backup');

  // …is gone once the backup is restored, and kept in the safety copy
  await openSettings(page);
  await mine.getByRole('button', { name: /^Restore the backup from/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Restore the backup from/ });
  await expect(confirm).toContainText('Anything written after that will not be in the restored vault.');
  await hearth.screen('backups-02-restore-confirm');
  const release = hearth.hold('hearth:backups.restore');
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(backups.getByRole('status')).toContainText('restoring the backup');
  await expect(backups.getByRole('button', { name: 'Back up now' })).toBeDisabled();
  await hearth.screen('backups-03-restoring');
  release();
  await expect(backups.getByText(/The vault is back to how it was on/)).toBeVisible();
  await expect(backups.getByRole('status')).toHaveCount(0);
  await expect(list.getByRole('listitem').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await hearth.screen('backups-04-restored');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('button', { name: 'Add your first moment' })).toBeVisible();
  await expect(page.getByText('Written after the backup')).toHaveCount(0);

  // A complete copy in a folder the person chooses (a USB stick)
  await openSettings(page);
  const stick = mkdtempSync(join(hearth.dataDir, 'usb-'));
  platform.nextFolder = stick;
  await backups.getByRole('button', { name: 'Back up to a folder…' }).click();
  const copied = backups.getByText(/^(\/|[A-Za-z]:\\).*Hearth backup /);
  await expect(copied).toBeVisible();
  const folder = (await copied.textContent())!.trim();
  expect(folder.startsWith(stick)).toBe(true);
  expect(readdirSync(folder).sort()).toEqual(['hearth.db', 'keyslots.backup.json', 'keyslots.json', 'vault.json']);
  await expect(backups.getByText(/Keep your paper recovery code in a different place/)).toBeVisible();
  await backups.getByRole('heading', { name: 'A copy somewhere else' }).scrollIntoViewIfNeeded();
  await hearth.screen('backups-05-folder-copy');
});

test('export everything with a passphrase and import it into a second vault', async ({ hearth }) => {
  const { page, platform, dataDir } = hearth;
  await createVault(page, PASSPHRASE);
  await addEntry(page, 'The lantern walk');
  await openSettings(page);

  // Export, protected by default
  const data = page.getByRole('region', { name: 'Your data' });
  await expect(data.getByLabel('Protect the file with a passphrase')).toBeChecked();
  await data.getByLabel('Protect the file with a passphrase').click();
  const plain = page.getByRole('dialog', { name: 'Export without a passphrase?' });
  await expect(plain).toContainText('can read every entry');
  await hearth.screen('data-01-unprotected-confirm');
  await plain.getByRole('button', { name: 'Keep it protected' }).click();
  await expect(data.getByLabel('Protect the file with a passphrase')).toBeChecked();

  await data.getByLabel('Passphrase for the file').fill(EXPORT_PASSPHRASE);
  await data.getByLabel('Type it once more').fill(EXPORT_PASSPHRASE);
  const file = join(dataDir, 'moving.protected.json');
  platform.nextSavePath = file;
  await data.getByRole('button', { name: 'Export everything…' }).click();
  await expect(data.getByText('The export is saved and protected with its passphrase:')).toBeVisible();
  await expect(data.getByText(file)).toBeVisible();
  await data.scrollIntoViewIfNeeded();
  await hearth.screen('data-02-exported');
  expect(readFileSync(file, 'utf8')).not.toContain('lantern walk');

  // A second, fresh vault
  await page.keyboard.press('ControlOrMeta+L');
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  await createVault(page, PASSPHRASE, { name: 'New home', start: 'Create another vault' });

  // Import: the file asks for its passphrase, a wrong one is said kindly, then the summary
  await openSettings(page);
  platform.nextOpenFile = file;
  await data.getByRole('button', { name: 'Import a file…' }).click();
  const passphrase = data.getByLabel('Passphrase for this file');
  await expect(passphrase).toBeFocused();
  await passphrase.fill('not the right one');
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/That passphrase doesn't open this file/)).toBeVisible();
  await hearth.screen('data-03-import-passphrase');
  await passphrase.fill(EXPORT_PASSPHRASE);
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Imported moving.protected.json, a Hearth export.')).toBeVisible();
  const timelineRow = data.getByRole('row', { name: /Timeline entries/ });
  await expect(timelineRow.getByRole('cell')).toHaveText(['1', '0', '0']);
  await data.getByRole('table').scrollIntoViewIfNeeded();
  await hearth.screen('data-04-import-summary');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'Entries' }).getByRole('heading', { name: 'The lantern walk' })).toBeVisible();

  // A file that is not an export is refused with the core's words, and nothing is imported
  const foreign = join(dataDir, 'shopping.json');
  writeFileSync(foreign, JSON.stringify({ eggs: 6, milk: 'oat' }));
  await openSettings(page);
  platform.nextOpenFile = foreign;
  await data.getByRole('button', { name: 'Import a file…' }).click();
  await expect(data.getByRole('alert')).toHaveText(/Hearth cannot read this file\..*Nothing was imported\./);
  await expect(data.getByRole('table')).toHaveCount(0);
  await hearth.screen('data-05-import-refused');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'Entries' }).getByRole('heading', { level: 4 })).toHaveCount(1);
});

/** Files under the data folder that a cancelled job could have left: a manual backup, a temp file, an export. */
function leftovers(dataDir: string): string[] {
  return (readdirSync(dataDir, { recursive: true }) as string[]).filter((name) => /manual|\.tmp$|export/.test(name));
}

test('a backup and an export show their progress and can be cancelled, leaving no file', async ({ hearth }) => {
  const { page, core, platform, dataDir } = hearth;
  await createVault(page, PASSPHRASE);
  await openSettings(page);
  const phases: string[] = [];
  const stop = core.onJobProgress((p) => {
    if (p.running && phases.at(-1) !== `${p.kind}:${p.phase}`) phases.push(`${p.kind}:${p.phase}`);
  });

  // The core is busy with something else (a file dialog holds its queue), so "Back up now" waits its turn.
  let answer!: (path: string | null) => void;
  platform.chooseOpenFile = () => new Promise<string | null>((resolve) => (answer = resolve));
  const choosing = core.transfer.chooseFile();
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('progressbar', { name: 'Backup progress' })).toBeVisible();
  await expect(backups.getByRole('status')).toContainText('Getting ready…');
  // The rest of the page stays usable meanwhile.
  await expect(page.getByRole('region', { name: 'Your data' }).getByLabel('Protect the file with a passphrase')).toBeEnabled();
  await backups.scrollIntoViewIfNeeded();
  await hearth.screen('backups-06-progress');
  await backups.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.getByRole('status')).toContainText('Cancelling…');
  answer(null);
  await choosing;
  await expect(backups.getByText('Cancelled — nothing was written.')).toBeVisible();
  await expect(backups.getByRole('progressbar')).toHaveCount(0);
  await hearth.screen('backups-07-cancelled');
  expect(leftovers(dataDir)).toEqual([]);

  // Let through, it copies and checks, and the core reported each step.
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/A new backup is in the vault's backups folder/)).toBeVisible();
  expect(phases).toEqual(expect.arrayContaining(['backup:waiting', 'backup:copying', 'backup:checking']));

  // The full export, cancelled while the save dialog is still open: no file where it would have gone.
  const data = page.getByRole('region', { name: 'Your data' });
  await data.getByLabel('Protect the file with a passphrase').click();
  await page.getByRole('dialog', { name: 'Export without a passphrase?' }).getByRole('button', { name: 'Export without protection' }).click();
  let save!: (path: string | null) => void;
  platform.chooseSavePath = () => new Promise<string | null>((resolve) => (save = resolve));
  await data.getByRole('button', { name: 'Export everything, not protected…' }).click();
  await expect(data.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await data.scrollIntoViewIfNeeded();
  await hearth.screen('data-06-export-progress');
  await data.getByRole('button', { name: 'Cancel' }).click();
  const target = join(dataDir, 'export-cancelled.json');
  save(target);
  await expect(data.getByText('Cancelled — nothing was written.')).toBeVisible();
  await hearth.screen('data-07-export-cancelled');
  expect(existsSync(target)).toBe(false);
  expect(leftovers(dataDir).filter((name) => !name.includes('manual'))).toEqual([]);
  expect(phases.filter((p) => p.startsWith('exportAll:'))).toEqual(['exportAll:waiting']);
  stop();
});
