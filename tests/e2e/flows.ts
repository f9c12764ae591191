import { expect, type Page } from '@playwright/test';

export interface NewVaultOptions {
  /** The vault's name; "Our place" unless another is asked for. */
  name?: string;
  /** The button that opens the form: "Create your vault" on the welcome screen, "Create another vault" later. */
  start?: string;
  /** How long the key derivation may take: the real Argon2id calibration on a slow runner needs more. */
  timeoutMs?: number;
}

/** Create a vault for Sam and Alex through the screens; returns the recovery code's groups. */
export async function createVault(page: Page, passphrase: string, options: NewVaultOptions = {}): Promise<string[]> {
  await page.getByRole('button', { name: options.start ?? 'Create your vault' }).click();
  await page.getByLabel('Vault name').fill(options.name ?? 'Our place');
  await page.getByLabel('Your name').fill('Sam');
  await page.getByLabel("Your partner's name").fill('Alex');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it once more').fill(passphrase);
  await page.getByRole('button', { name: 'Create the vault' }).click();
  if (options.timeoutMs) await expect(page.getByRole('list', { name: /Recovery code/ })).toBeVisible({ timeout: options.timeoutMs });
  const code = await readRecoveryCode(page);
  await confirmRecoveryCode(page, code, 'Continue');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Sam and Alex', options.timeoutMs ? { timeout: options.timeoutMs } : {});
  return code;
}

export async function readRecoveryCode(page: Page): Promise<string[]> {
  const groups = page.getByRole('list', { name: /Recovery code/ }).locator('li span.font-mono');
  await expect(groups).toHaveCount(13);
  return (await groups.allTextContents()).map((g) => g.trim());
}

/** Say it was written down and type groups 3 and 9 back. */
export async function confirmRecoveryCode(page: Page, code: string[], done: string): Promise<void> {
  await page.getByRole('button', { name: "I've written it down" }).click();
  await page.getByLabel('Group 3').fill(code[2]!);
  await page.getByLabel('Group 9').fill(code[8]!);
  await page.getByRole('button', { name: done }).click();
}

export async function unlockWith(page: Page, kind: 'passphrase' | 'recovery', secret: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
  if (kind === 'recovery') {
    await page.getByRole('button', { name: 'Use the recovery code' }).click();
    await page.getByLabel('Recovery code').fill(secret);
  } else {
    await page.getByLabel('Passphrase').fill(secret);
  }
  await page.getByRole('button', { name: 'Unlock' }).click();
}
