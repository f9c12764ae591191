import { spawn } from 'node:child_process';
import fs, { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishInterruptedRestore, RestoreSwap } from '../../src/core/backups/restore-swap';
import { newCore, newVault, openVaultFile, PASSPHRASE, tempDir } from './helpers';

const RESTORER = join(__dirname, 'crash', 'restorer.ts');
const BEFORE = ['Kept', 'Written after the backup'];
const RESTORED = ['Kept'];

/** Run a restore in a child process that kills itself before its `stopAt`th step; true when it got through them all. */
function restoreUntil(dataDir: string, vaultId: string, backupId: string, stopAt: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RESTORER, dataDir, vaultId, PASSPHRASE, backupId, String(stopAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve(false);
      if (code === 0 && out.includes('restored')) return resolve(true);
      reject(new Error(`The restorer stopped by itself (${code ?? signal}): ${err}`));
    });
  });
}

/** Run `work` with the `stopAt`th rename or removal failing (the files as a crash just before it would leave them). */
function failingAt(stopAt: number, work: () => void): boolean {
  const patched = fs as unknown as Record<'renameSync' | 'rmSync', (...args: unknown[]) => unknown>;
  const real = { renameSync: patched.renameSync, rmSync: patched.rmSync };
  let steps = 0;
  for (const name of ['renameSync', 'rmSync'] as const) {
    patched[name] = (...args: unknown[]) => {
      if (++steps === stopAt) throw new Error('stopped here');
      return real[name](...args);
    };
  }
  syncBuiltinESMExports();
  try {
    work();
    return true;
  } catch (error) {
    if ((error as Error).message !== 'stopped here') throw error;
    return false;
  } finally {
    Object.assign(patched, real);
    syncBuiltinESMExports();
  }
}

describe('a restore stopped at any step', () => {
  it('never mixes the restored file with the vault’s own write-ahead log', () => {
    const outcomes: string[] = [];
    for (let stopAt = 1; stopAt < 50; stopAt++) {
      const dir = tempDir();
      const files = () => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
      writeFileSync(join(dir, 'hearth.db'), 'the vault');
      writeFileSync(join(dir, 'hearth.db-wal'), 'the vault’s last writes');
      const swap = new RestoreSwap(dir);
      writeFileSync(swap.staged, 'the backup');
      const finished = failingAt(stopAt, () => {
        swap.replace();
        writeFileSync(join(dir, 'hearth.db-shm'), 'the restored file, opened');
        swap.commit();
        for (const path of swap.asidePaths) fs.rmSync(path); // the worker's removal
        swap.finish();
      });
      finishInterruptedRestore(dir);
      expect([
        { 'hearth.db': 'the vault', 'hearth.db-wal': 'the vault’s last writes' },
        { 'hearth.db': 'the backup', 'hearth.db-shm': 'the restored file, opened' },
      ], `stopped at step ${stopAt}`).toContainEqual(files());
      outcomes.push(files()['hearth.db']!);
      if (finished) break;
    }
    expect(outcomes).toContain('the vault');
    expect(outcomes.at(-1)).toBe('the backup');
  });

  it('leaves a vault that opens whole at the next unlock: the one before the restore or the restored one', { timeout: 300_000 }, async () => {
    const outcomes: string[][] = [];
    for (let stopAt = 1; stopAt < 50; stopAt++) {
      const v = await newVault();
      await v.core.timeline.create({ kind: 'memory', title: 'Kept', startDate: '2024-01-01', author: 'both' });
      const { backup } = await v.core.backups.backupNow('vault');
      v.clock.advance(60_000);
      await v.core.timeline.create({ kind: 'memory', title: 'Written after the backup', startDate: '2024-01-02', author: 'a' });
      await v.raw.close();

      const finished = await restoreUntil(v.dataDir, v.vaultId, backup!.id, stopAt);

      // A new start: the vault unlocks, and holds one whole vault's entries.
      const next = newCore({ dataDir: v.dataDir });
      await next.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
      const titles = (await next.core.timeline.list({})).items.map((e) => e.title).sort();
      expect([BEFORE, RESTORED], `stopped before step ${stopAt}`).toContainEqual(titles);
      expect((await next.core.backups.list()).map((b) => b.id)).toContain(backup!.id);
      await next.core.vaults.lock();
      const db = openVaultFile(v.dir, v.recoveryCode, { readonly: true });
      expect(db.pragma('quick_check', { simple: true }), `stopped before step ${stopAt}`).toBe('ok');
      db.close();
      // Nothing of the swap is left beside the vault.
      expect(readdirSync(v.dir).filter((n) => n.startsWith('.')), `stopped before step ${stopAt}`).toEqual([]);
      expect(existsSync(join(v.dir, 'hearth.db'))).toBe(true);
      outcomes.push(titles);
      if (finished) break;
    }
    // Every step was tried: the last run got through, and both ends were seen on the way.
    expect(outcomes.at(-1)).toEqual(RESTORED);
    expect(outcomes).toContainEqual(BEFORE);
    expect(outcomes.length).toBeGreaterThan(6);
  });
});
