/**
 * The main journey through the real Electron app (launch.ts: node_modules/electron with the production out/, or the
 * packed app given as HEARTH_APP_EXECUTABLE): create a vault, write a timeline entry with a photo, lock, unlock, find
 * the entry by search, back up, preview and save a password-protected therapy PDF, quit, and find nothing readable on
 * disk. The steps are the ones the end-to-end tier takes in Chromium (same labels; tests/e2e/flows.ts where it fits),
 * here through the real main process, preload, IPC, database driver, worker thread and `app://` protocol.
 *
 * Against the packed app every step runs except saving the PDF: that needs the save dialog answered in the main
 * process, which the packed app does not let a test reach (inspect fuse off); the preview before it still runs the
 * export's worker and fonts from inside the package. Where no Electron binary exists the file is reported as skipped.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { createVault, unlockWith } from '../e2e/flows';
import { launchHearth, newProfile, onlyVaultDir, skipWithoutTarget, target, type LaunchedHearth, type Profile } from './launch';

const PASSPHRASE = 'lantern orbit velvet quarry';
const PDF_PASSWORD = 'willow harbour copper kettle';
const TITLE = 'Picnic under the willow';
const CAPTION = 'The willow';
/** Written into the entry and its photo's caption; it must be in no file Hearth leaves on disk. */
const CANARY = 'Quiltmarrow';
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Today as YYYY-MM-DD in local time, as the date field takes it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function head(path: string, bytes: number): string {
  return readFileSync(path).subarray(0, bytes).toString('latin1');
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function pdfText(bytes: Uint8Array, password?: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), password, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  // Text runs may end inside a line: one space between words, whatever the runs were.
  return pages.join('\n').replace(/\s+/g, ' ');
}

async function go(page: Page, section: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test.describe('The main journey in the Electron app', () => {
  skipWithoutTarget((condition, reason) => test.skip(condition, reason), 'journey.spec.ts');
  test.describe.configure({ mode: 'serial' });

  let hearth: LaunchedHearth;
  let profile: Profile;
  let scratch: string;

  test.beforeAll(async () => {
    if ('skip' in target) return;
    console.log(`Electron journey against ${target.describe}`);
    scratch = mkdtempSync(join(tmpdir(), 'hearth-electron-files-'));
    profile = newProfile();
    hearth = await launchHearth(target, profile);
  });

  test.afterAll(async () => {
    await hearth?.close();
    profile?.remove();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('creates a vault, in the profile it was given, with an encrypted database file', async () => {
    const { page } = hearth;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');
    // The real Argon2id calibration and key derivation run here: give a slow runner time.
    await createVault(page, PASSPHRASE, { timeoutMs: 60_000 });

    const vault = onlyVaultDir(profile);
    for (const file of ['hearth.db', 'keyslots.json', 'keyslots.backup.json', 'vault.json']) expect(existsSync(join(vault, file)), file).toBe(true);
    expect(head(join(vault, 'hearth.db'), 16)).not.toBe(SQLITE_HEADER);
  });

  test('writes a timeline entry with a photo', async () => {
    const { page } = hearth;
    await go(page, 'Timeline', 'Timeline');
    await page.getByRole('button', { name: 'Add your first moment' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Day', { exact: true }).fill(today());
    await page.getByText('Memory', { exact: true }).click();
    await page.getByLabel('What happened').fill(`We stayed under the willow until dark and called the spot ${CANARY}.`);
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 196, g: 140, b: 92 } } }).jpeg().toBuffer();
    await page.getByLabel('Add photos').setInputFiles({ name: 'river.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await page.getByLabel('Caption for river.jpg').fill(`${CAPTION} at ${CANARY}`);
    await page.getByRole('button', { name: /^Save/ }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    // The photo went through IPC, the main process's image handling and the database, and comes back to be shown.
    const photo = page.getByRole('button', { name: `Open ${CAPTION} at ${CANARY} full size` });
    await expect(photo).toBeVisible();
    const thumbnail = photo.locator('img');
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('locks (the window reloads) and unlocks with the passphrase', async () => {
    const { page } = hearth;
    // The main process reloads the window on every lock, so no decrypted text stays in the renderer's memory.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.getByRole('button', { name: /^Lock/ }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Open your vault' })).toBeVisible();
    await expect(page.getByText(TITLE)).toHaveCount(0);
    await unlockWith(page, 'passphrase', PASSPHRASE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome back, Sam and Alex', { timeout: 30_000 });
    // Nothing of the entry stayed in the page while it was locked; it is back now.
    await go(page, 'Timeline', 'Timeline');
    await expect(page.getByRole('region', { name: 'Entries' }).getByRole('heading', { name: TITLE })).toBeVisible();
  });

  test('finds the entry by search and opens it', async () => {
    const { page } = hearth;
    await page.keyboard.press('Control+K');
    const search = page.getByRole('dialog', { name: 'Search' });
    const box = search.getByRole('combobox', { name: 'Search everything' });
    await expect(box).toBeFocused();
    await box.fill('willow');
    await expect(search.getByRole('option')).toHaveCount(1);
    await expect(search.locator('mark').first()).toHaveText(/willow/i);
    await page.keyboard.press('Enter');
    await expect(search).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  });

  test('backs up now into the vault’s backups folder, encrypted and checked', async () => {
    const { page } = hearth;
    await go(page, 'Settings', 'Settings');
    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByText(/A new backup is in the vault's backups folder/)).toBeVisible({ timeout: 60_000 });
    const mine = backups.getByRole('list', { name: 'Backups' }).getByRole('listitem').filter({ hasText: 'Made by you' });
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText(/ · checked /);

    const folder = join(onlyVaultDir(profile), 'backups');
    const copies = readdirSync(folder).filter((name) => name.endsWith('.db'));
    expect(copies.length).toBeGreaterThanOrEqual(1);
    for (const copy of copies) expect(head(join(folder, copy), 16), copy).not.toBe(SQLITE_HEADER);
  });

  test('previews a therapy export of the entry, laid out by the export worker', async () => {
    const { page } = hearth;
    await go(page, 'Export', 'Export for therapy');
    await page.getByRole('checkbox', { name: 'Timeline moments' }).check();
    await expect(page.getByRole('region', { name: '2. Choose entries' }).getByText(TITLE)).toBeVisible();
    const preview = page.getByRole('region', { name: '3. Preview' });
    await expect(preview.getByRole('article', { name: /^Page 1 of \d+$/ })).toBeVisible({ timeout: 60_000 });
  });

  test('saves the export as a password-protected PDF where the save dialog points', async () => {
    const { page, main } = hearth;
    test.skip(!main, 'the packed app cannot have its save dialog answered by a test (no main-process connection: inspect fuse off)');
    const path = join(scratch, 'for-therapy.pdf');
    // The native dialog, answered in the main process: platform.ts calls dialog.showSaveDialog(window, options).
    await main!.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, path);
    await expect(page.getByRole('checkbox', { name: /Protect the PDF with a password/ })).toBeChecked();
    await page.getByLabel('Password for the PDF').fill(PDF_PASSWORD);
    await page.getByLabel('Type it once more').fill(PDF_PASSWORD);
    await page.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(path, { timeout: 60_000 });

    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/Encrypt\b/);
    expect(raw).toMatch(/\/AESV3/);
    expect(raw).not.toContain(CANARY);
    await expect(pdfText(bytes)).rejects.toMatchObject({ name: 'PasswordException' });
    const text = await pdfText(bytes, PDF_PASSWORD);
    expect(text).toContain(TITLE);
  });

  test('quits when its window closes, leaving no readable database and no plaintext of the entry on disk', async () => {
    const vault = onlyVaultDir(profile);
    await hearth.close();
    expect(head(join(vault, 'hearth.db'), 16)).not.toBe(SQLITE_HEADER);
    const files = filesUnder(vault);
    expect(files.some((file) => file.endsWith('hearth.db'))).toBe(true);
    for (const file of files) {
      expect(readFileSync(file).includes(Buffer.from(CANARY, 'utf8')), `${CANARY} in ${file}`).toBe(false);
    }
  });
});
