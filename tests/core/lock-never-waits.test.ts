import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { SystemEvent } from '../../src/shared/privacy';
import { expectCode, fakePlatform, newCore, newVault, PASSPHRASE, tempDir } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

/** A desktop whose idle time and system events the test controls, and whose file dialogs stay open until answered. */
function desktop() {
  const listeners = new Set<(e: SystemEvent) => void>();
  const state = { idle: 0 };
  let answer: ((path: string | null) => void) | null = null;
  const dialog = () => new Promise<string | null>((resolve) => (answer = resolve));
  const platform = Object.assign(fakePlatform(), {
    idleSeconds: () => state.idle,
    onSystemEvent: (l: (e: SystemEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    chooseSavePath: dialog,
    chooseOpenFile: dialog,
  });
  return {
    platform,
    state,
    emit: (e: SystemEvent) => listeners.forEach((l) => l(e)),
    get dialogOpen() {
      return answer !== null;
    },
    /** The person finally clicks Save (or Open) in the dialog left on screen. */
    answer(path: string | null) {
      const click = answer!;
      answer = null;
      click(path);
    },
  };
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A vault whose lock events the test counts, on a desktop it controls. */
async function vaultOnDesktop(idleCheckMs?: number) {
  const d = desktop();
  const v = await newVault(newCore({ platform: d.platform, ...(idleCheckMs ? { idleCheckMs } : {}) }));
  const locks: number[] = [];
  v.core.onLock(() => locks.push(Date.now()));
  await v.core.reflections.create({ type: 'conflict', title: 'Dishes', author: 'a', answers: { observation: 'The sink was full.' } });
  return { d, v, locks };
}

const unlock = (v: Vault) => v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });

/** Each call that waits on a file dialog, with where it would write and how it is checked. */
const dialogCalls = {
  'therapyExport.save': (v: Vault) => v.core.therapyExport.save({ selection: { kinds: ['conflict'] }, format: 'markdown', includeNames: false }),
  'transfer.exportAll (the full export)': (v: Vault) => v.core.transfer.exportAll({}),
  'transfer.chooseFile (an import)': (v: Vault) => v.core.transfer.chooseFile(),
} as const;

describe('a lock never waits', () => {
  for (const [name, call] of Object.entries(dialogCalls)) {
    it(`locks at once while ${name} waits on its dialog; the call then fails and writes nothing`, async () => {
      const { d, v, locks } = await vaultOnDesktop();
      const target = join(tempDir('hearth-dialog-'), 'chosen.file');
      const pending = call(v);
      await until(() => d.dialogOpen, 'the dialog');

      // The lock answers without the dialog being closed, and the vault is locked.
      await v.core.vaults.lock();
      expect(locks).toHaveLength(1);

      d.answer(target);
      await expectCode(pending, 'VAULT_LOCKED');
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(join(target, '..'))).toEqual([]);
      expect((await v.core.app.status()).state).toBe('locked');
      // Nothing is stuck: the next unlock and the same call work as before.
      await unlock(v);
      const again = call(v);
      await until(() => d.dialogOpen, 'the dialog, again');
      d.answer(null);
      await again;
    });
  }

  it('auto-lock after idle, sleep and screen lock all lock while a Save dialog is open', async () => {
    const { d, v, locks } = await vaultOnDesktop(10);
    await v.core.privacy.set({ autoLockMinutes: 1 });
    const ways: [string, () => void][] = [
      ['idle', () => (d.state.idle = 120)],
      ['suspend', () => d.emit('suspend')],
      ['lock-screen', () => d.emit('lock-screen')],
    ];
    for (const [way, trigger] of ways) {
      const target = join(tempDir('hearth-dialog-'), `${way}.md`);
      const pending = dialogCalls['therapyExport.save'](v);
      await until(() => d.dialogOpen, 'the dialog');
      const before = locks.length;
      trigger();
      await until(() => locks.length > before, `the lock on ${way}`);
      d.state.idle = 0;
      d.answer(target);
      await expectCode(pending, 'VAULT_LOCKED');
      expect(existsSync(target), way).toBe(false);
      await unlock(v);
    }
  });

  it('cancels a backup running on the worker: it fails, and no copy or temp file is left', async () => {
    const { v, locks } = await vaultOnDesktop();
    // Enough to copy that the copy is still running when the lock comes (tens of megabytes).
    const body = 'A long evening, written down so that it would not be forgotten. '.repeat(3000);
    for (let i = 0; i < 60; i++) await v.core.timeline.create({ kind: 'memory', title: `Evening ${i}`, body, startDate: '2024-01-01', author: 'both' });
    const folder = join(v.dir, 'backups');
    const before = existsSync(folder) ? readdirSync(folder).sort() : [];

    let lockedWhile = '';
    const stop = v.raw.onJobProgress((p) => {
      if (p.kind === 'backup' && p.phase === 'copying' && !lockedWhile) {
        lockedWhile = p.phase;
        void v.core.vaults.lock();
      }
    });
    const backup = v.core.backups.backupNow('vault');
    const error = await backup.then(
      () => null,
      (e: Error & { code: string }) => e,
    );
    stop();
    expect(lockedWhile).toBe('copying');
    expect(locks).toHaveLength(1);
    expect(error?.code).toMatch(/^(CANCELLED|VAULT_LOCKED)$/);
    // The daily copy started by the unlock may have been filed meanwhile; no manual copy and no leftover is.
    const after = readdirSync(folder).sort();
    expect(after.filter((f) => !before.includes(f) && !f.includes('-daily') && f !== 'backups.json')).toEqual([]);
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
