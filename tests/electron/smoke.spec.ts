/**
 * Electron smoke test: the real app (see launch.ts for the two targets) opens one window on the welcome screen,
 * exposes exactly the contract as window.hearth and no Node, answers over IPC, and keeps its data in the profile it
 * was given. This spec builds nothing; where no Electron binary exists it is reported as skipped, with the reason.
 */
import { realpathSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contract } from '../../src/shared/contract';
import { launchHearth, newProfile, skipWithoutTarget, target, type LaunchedHearth, type Profile } from './launch';

test.describe('Electron smoke', () => {
  skipWithoutTarget((condition, reason) => test.skip(condition, reason), 'smoke.spec.ts');
  test.describe.configure({ mode: 'serial' });

  let hearth: LaunchedHearth;
  let profile: Profile;

  test.beforeAll(async () => {
    if ('skip' in target) return;
    profile = newProfile();
    hearth = await launchHearth(target, profile);
  });

  test.afterAll(async () => {
    await hearth?.close();
    profile?.remove();
  });

  test('opens one window titled "Hearth" on the welcome screen, at app://hearth/index.html', async () => {
    const { page, main } = hearth;
    await expect(page).toHaveURL('app://hearth/index.html');
    await expect(page).toHaveTitle('Hearth');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');
    if (main) {
      // The window's own title (what a taskbar shows), and that there is only the one window.
      const titles = await main.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
      expect(titles).toEqual(['Hearth']);
    }
  });

  test("exposes window.hearth with the contract's areas and methods, and no Node", async () => {
    const { page } = hearth;
    const shape = await page.evaluate(() => {
      const api = (window as unknown as { hearth: Record<string, Record<string, unknown>> }).hearth;
      return Object.fromEntries(Object.entries(api).map(([area, group]) => [area, Object.keys(group).sort()]));
    });
    const expected = Object.fromEntries(Object.entries(contract).map(([area, group]) => [area, Object.keys(group).sort()]));
    expect(shape).toEqual(expected);
    const node = await page.evaluate(() => typeof (globalThis as { require?: unknown }).require + typeof (globalThis as { process?: unknown }).process);
    expect(node).toBe('undefinedundefined');
  });

  test('answers app.status through IPC, the dispatcher and the database driver loaded by Electron', async () => {
    const result = await hearth.page.evaluate(() =>
      (window as unknown as { hearth: { app: { status(): Promise<{ ok: boolean }> } } }).hearth.app.status(),
    );
    expect(result.ok).toBe(true);
  });

  test('runs as "Hearth" (unpackaged) with its data in the throwaway profile', async () => {
    const { main } = hearth;
    test.skip(!main, 'the packed app has no main-process connection (inspect fuse off); journey.spec.ts finds its vault in the profile instead');
    const facts = await main!.evaluate(({ app }) => ({ name: app.getName(), packaged: app.isPackaged, userData: app.getPath('userData') }));
    expect(facts.name).toBe('Hearth');
    expect(facts.packaged).toBe(false);
    // Both sides resolved: macOS's temp folder is behind a symbolic link, Windows' may be a short (8.3) name.
    expect(realpathSync.native(facts.userData)).toBe(realpathSync.native(profile.userData));
  });
});
