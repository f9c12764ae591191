import { expect, vi } from 'vitest';
import { BrowserWindow, fake } from './fake-electron';

/**
 * Start a main entry (the source `src/main/index.ts` or the built `out/main/index.js`) on the fake Electron, and wait
 * until its window exists. A start that ends in `app.exit` fails with what it logged.
 */
export async function startMain(load: () => Promise<unknown>): Promise<void> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await load();
  await vi
    .waitFor(
      () => {
        const exit = fake.calls.find((c) => c.api === 'app.exit');
        if (exit) throw new Error(`Hearth exited at start: ${errors.mock.calls.map((c) => c.join(' ')).join('; ')}`);
        expect(BrowserWindow.instances).toHaveLength(1);
      },
      { timeout: 20_000 },
    )
    .finally(() => errors.mockRestore());
}
