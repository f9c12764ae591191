import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGeneratedVault, generateData } from '../../bench/generate';
import { openDatabase } from '../../src/main/core/db/database';
import { decodeRecoveryCode } from '../../src/main/core/vault/recovery-code';
import { vaultPaths } from '../../src/main/core/vault/folder';
import { VaultJobs, workerEntry } from '../../src/main/core/worker/run-job';
import { FAST_KDF, filesContaining, newVault, PASSPHRASE, tempDir } from './helpers';

const pass = { kind: 'passphrase' as const, passphrase: PASSPHRASE };

function openCopy(path: string, recoveryCode: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${decodeRecoveryCode(recoveryCode).toString('hex')}'"`);
  return db;
}

describe('the vault worker', () => {
  it('runs from the TypeScript source here (the built app runs out/main/worker.js)', () => {
    const entry = workerEntry();
    expect(entry.eval).toBe(true);
    expect(String(entry.code)).toContain('vault-worker.ts');
  });

  it('makes an encrypted, verified backup while the event loop keeps turning', async () => {
    const dataDir = tempDir();
    const data = await generateData({ entries: 1_500, seed: 7, photos: 0 });
    const vault = await createGeneratedVault({ dataDir, data, kdf: FAST_KDF });
    try {
      await vault.client.vaults.unlock({ vaultId: vault.vaultId, secret: { kind: 'passphrase', passphrase: vault.passphrase } });
      await vault.client.backups.list(); // the daily copy the unlock started is done
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      const made = await vault.client.backups.backupNow('vault').finally(() => clearInterval(timer));
      // The main thread only waited: its timers fired again and again while the worker copied and checked.
      expect(ticks).toBeGreaterThan(5);
      expect(made.backup).toMatchObject({ kind: 'manual', verifiedAt: expect.any(String) });
      expect(readFileSync(made.path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
      expect(filesContaining([join(vault.dir, 'backups')], data.events[0]!.fields.title)).toEqual([]);
      const copy = openCopy(made.path, vault.recoveryCode);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT count(*) AS n FROM timeline_events').get() as { n: number }).n).toBe(1_500);
      copy.close();
    } finally {
      await vault.client.close();
    }
  }, 120_000);

  it('lets saves go on during a backup, and the copy still verifies', async () => {
    const v = await newVault();
    const backup = v.core.backups.backupNow('vault');
    const saved = await v.core.timeline.create({ kind: 'memory', title: 'Saved during the backup', body: 'x', startDate: '2026-01-02', author: 'both', tags: [] });
    const made = await backup;
    const copy = openCopy(made.path, v.recoveryCode);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect((await v.core.timeline.get({ id: saved.id })).title).toBe('Saved during the backup');
  });

  it('reports a job’s failure as the error it was, and wipes nothing of the caller’s key', async () => {
    const v = await newVault();
    const jobs = new VaultJobs();
    const key = decodeRecoveryCode(v.recoveryCode);
    try {
      const database = vaultPaths(v.dir).database;
      await expect(jobs.run({ kind: 'verify', path: join(v.dir, 'not-there.db') }, { database, key })).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' });
      await expect(jobs.run({ kind: 'verify', path: database }, { database, key: randomBytes(32) })).rejects.toMatchObject({ code: 'CORRUPT' });
      expect(key.equals(decodeRecoveryCode(v.recoveryCode))).toBe(true);
    } finally {
      await jobs.close();
    }
  });

  it('re-indexes an entry without leaving its old words in the index once the next call has run', async () => {
    const v = await newVault();
    const made = await v.core.timeline.create({ kind: 'memory', title: 'Lighthouse', body: 'zanzibar marmalade', startDate: '2026-01-02', author: 'both', tags: [] });
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
    await v.core.timeline.update({ id: made.id, expectedVersion: made.version, kind: 'memory', title: 'Lighthouse', body: 'quokka picnic', startDate: '2026-01-02', endDate: null, author: 'both', valence: 0, tags: [] });
    expect((await v.core.search.query({ text: 'zanzibar', limit: 20 })).total).toBe(0);
    expect((await v.core.search.query({ text: 'quokka', limit: 20 })).total).toBe(1);
    await v.core.vaults.lock();
    const { db } = openDatabase(vaultPaths(v.dir).database, decodeRecoveryCode(v.recoveryCode));
    try {
      const rows = db.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number };
      const mapped = db.prepare('SELECT count(*) AS n FROM search_rows').get() as { n: number };
      expect(rows.n).toBe(mapped.n); // the old row was deleted, not just unmapped
    } finally {
      db.close();
    }
  });
});
