import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './harness';

const FIRST = 'lantern orbit velvet quarry';
const SECOND = 'marble heron cactus twilight';

test('create a vault, keep the recovery code, lock, unlock, change the passphrase, recover', async ({ hearth }) => {
  const { page } = hearth;

  // Welcome
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');
  await expect(page.getByText('Everything stays on this computer, encrypted.')).toBeVisible();
  await hearth.screen('01-welcome');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('01-welcome-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Create: names
  await page.getByRole('button', { name: 'Create your vault' }).click();
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeFocused();
  await hearth.screen('02-create-names');
  await page.getByLabel('Vault name').fill('Our place');
  await page.getByLabel('Your name').fill('Sam');
  await page.getByLabel("Your partner's name").fill('Alex');
  await page.getByRole('button', { name: 'Next' }).click();

  // Create: passphrase — a weak one is refused, kindly
  await expect(page.getByRole('heading', { name: 'Choose your passphrase, Sam' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('sam12345');
  await page.getByLabel('Type it once more').fill('sam12345');
  await expect(page.getByText(/easy for someone to guess/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create the vault' })).toBeDisabled();
  await hearth.screen('03-create-passphrase-weak');
  await page.getByLabel('Passphrase', { exact: true }).fill(FIRST);
  await page.getByLabel('Type it once more').fill(FIRST);
  await page.getByText('Advanced: choose a folder').click();
  await hearth.screen('04-create-passphrase-strong');

  // Create: setting up (held open so the slow-on-purpose step can be seen)
  const release = hearth.hold('hearth:vaults.create');
  await page.getByRole('button', { name: 'Create the vault' }).click();
  await expect(page.getByRole('heading', { name: 'Setting up your vault…' })).toBeVisible();
  await hearth.screen('05-create-setting-up');
  release();

  // Recovery code, shown once
  const groups = page.getByRole('list', { name: /Recovery code/ }).locator('li span.font-mono');
  await expect(groups).toHaveCount(13);
  const code = (await groups.allTextContents()).map((g) => g.trim());
  await hearth.screen('06-recovery-code');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('06-recovery-code-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Printing shows the recovery kit and nothing else of the window.
  const printed = join(hearth.dataDir, 'printed.pdf');
  await page.pdf({ path: printed });
  const paper = execFileSync('pdftotext', ['-layout', printed, '-']).toString();
  expect(paper).toContain('Hearth recovery kit for “Our place”');
  for (const group of code) expect(paper).toContain(group);
  for (const offScreen of ['Your vault is ready', 'Save as PDF', "I've written it down", 'Hearth shows it only this once']) {
    expect(paper).not.toContain(offScreen);
  }

  // The code is never written to a file by Hearth: Print (on paper) is the only way offered.
  await expect(page.getByRole('button', { name: /Save/ })).toHaveCount(0);
  await expect(page.getByText(/keep it off this computer/)).toBeVisible();

  await page.getByRole('button', { name: "I've written it down" }).click();
  const proceed = page.getByRole('button', { name: 'Continue' });
  await expect(proceed).toBeDisabled();
  await page.getByLabel('Group 3').fill(code[2]!);
  await page.getByLabel('Group 9').fill('WRONG');
  await expect(proceed).toBeDisabled();
  await hearth.screen('07-recovery-check');
  await page.getByLabel('Group 9').fill(code[8]!.toLowerCase());
  await expect(proceed).toBeEnabled();
  await proceed.click();

  // The app frame
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Sam and Alex');
  await hearth.screen('08-home');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('08-home-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const [label, shot] of [
    ['Timeline', '09-timeline'],
    ['Reflections', '10-reflections'],
    ['Check-ins', '11-checkins'],
    ['Exercises', '12-exercises'],
    ['Insights', '13-insights'],
    ['Export', '14-export'],
  ] as const) {
    await nav.getByRole('button', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${label}`));
    await expect(nav.getByRole('button', { name: label })).toHaveAttribute('aria-current', 'page');
    await hearth.screen(shot);
  }

  await nav.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: "If you don't feel safe" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("If you don't feel safe");
  await hearth.screen('15-safety');

  await nav.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Change Sam's passphrase" })).toBeVisible();
  await hearth.screen('16-settings-security');

  // Lock with the keyboard; the window reloads to the unlock screen
  await page.keyboard.press('ControlOrMeta+L');
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  await hearth.screen('17-unlock');

  await page.getByLabel('Passphrase').fill('not our passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText("That passphrase doesn't open this vault.")).toBeVisible();
  await hearth.screen('18-unlock-wrong');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('18-unlock-wrong-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByLabel('Passphrase').fill(FIRST);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');

  // Settings › Security: change the passphrase
  await nav.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: /^Change/ }).first().click();
  await page.getByLabel('Current passphrase').fill(FIRST);
  await page.getByLabel('New passphrase').fill(SECOND);
  await page.getByRole('region', { name: 'Security' }).getByLabel('Type it once more').fill(SECOND);
  await hearth.screen('19-settings-change-passphrase');
  await expect(page.getByRole('checkbox', { name: 'Also lock out old copies' })).toBeChecked();
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  // Locking out old copies re-keys the vault: a new recovery code, shown once with the reason, and asked for back.
  await expect(page.getByRole('heading', { name: 'Your new recovery code' })).toBeVisible();
  await expect(page.getByText(/the old passphrase opens no copy of it any more/)).toBeVisible();
  const newGroups = page.getByRole('list', { name: /Recovery code/ }).locator('li span.font-mono');
  const newCode = (await newGroups.allTextContents()).map((g) => g.trim());
  expect(newCode).not.toEqual(code);
  await hearth.screen('20-settings-new-recovery-code');
  await page.getByRole('button', { name: "I've written it down" }).click();
  await page.getByLabel('Group 3').fill(newCode[2]!);
  await page.getByLabel('Group 9').fill(newCode[8]!);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(/Your new recovery code is in place\. The old one no longer opens the vault\./)).toBeVisible();
  await hearth.screen('20-settings-passphrase-changed');

  // Lock, then open with the recovery code
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Use the recovery code' }).click();
  await page.getByLabel('Recovery code').fill(code.join(' '));
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/doesn't open this vault/)).toBeVisible();
  await page.getByLabel('Recovery code').fill(newCode.join(' '));
  await hearth.screen('21-unlock-recovery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');

  // The old passphrase is gone, the new one works
  await page.keyboard.press('ControlOrMeta+L');
  await page.getByLabel('Passphrase').fill(FIRST);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText("That passphrase doesn't open this vault.")).toBeVisible();
  await page.getByLabel('Passphrase').fill(SECOND);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex');
});
