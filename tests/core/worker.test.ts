import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGeneratedVault, generateData } from '../../bench/generate';
import { openDatabase } from '../../src/core/db/database';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { vaultPaths } from '../../src/core/vaults/folder';
import { tableCounts } from '../../src/core/backups/copy';
import { exportDocument } from '../../src/core/transfer/document';
import { JobTracker } from '../../src/core/jobs/job-tracker';
import { runJob } from '../../src/core/worker/jobs';
import type { VaultJob } from '../../src/core/worker/protocol';
import { VaultJobs, workerEntry } from '../../src/core/worker/run-job';
import { expectCode, FAST_KDF, filesContaining, newVault, PASSPHRASE, tempDir } from './helpers';

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

  it('removes files on the worker, a step at a time on Linux, without opening any vault', async () => {
    const dir = tempDir();
    const paths = ['aside', 'aside-wal', 'aside-shm'].map((name) => join(dir, name));
    writeFileSync(paths[0]!, randomBytes(20 * 2 ** 20));
    writeFileSync(paths[1]!, randomBytes(4096));
    const jobs = new VaultJobs();
    try {
      const { steps } = await jobs.run({ kind: 'remove', paths }, {});
      expect(steps).toBe(process.platform === 'linux' ? 3 : 0);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await jobs.close();
    }
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

  it('migrates an older vault file after a verified copy of it, not at all when no copy can be made, and without one when none is asked', async () => {
    const key = randomBytes(32);
    const olderVault = () => {
      const vaultDir = tempDir();
      const database = join(vaultDir, 'hearth.db');
      const { db } = openDatabase(database, key, { create: true });
      migrate(db, MIGRATIONS.slice(0, -1));
      db.prepare("INSERT INTO partners VALUES ('a', 'Sam', 'x', 'x'), ('b', 'Alex', 'x', 'x')").run();
      db.close();
      return { vaultDir, database };
    };
    const versionOf = (path: string) => {
      const db = openDatabase(path, key).db;
      try {
        return db.pragma('user_version', { simple: true });
      } finally {
        db.close();
      }
    };
    const jobs = new VaultJobs();
    try {
      const at = '2026-11-26T10:00:00.000Z';
      const ok = olderVault();
      const result = await jobs.run({ kind: 'migrate', copyTo: { vaultDir: ok.vaultDir, at } }, { database: ok.database, key });
      expect(result).toEqual({ from: LATEST_VERSION - 1, to: LATEST_VERSION, backup: 'hearth-2026-11-26T10-00-00Z-pre-migration.db' });
      expect(versionOf(ok.database)).toBe(LATEST_VERSION);
      expect(versionOf(join(ok.vaultDir, 'backups', result.backup!))).toBe(LATEST_VERSION - 1);

      const blocked = olderVault();
      writeFileSync(join(blocked.vaultDir, 'backups'), 'a file where the backups folder should be');
      await expect(jobs.run({ kind: 'migrate', copyTo: { vaultDir: blocked.vaultDir, at } }, { database: blocked.database, key })).rejects.toThrow();
      expect(versionOf(blocked.database)).toBe(LATEST_VERSION - 1);

      // A file that is itself a copy (a restore's staged file) is migrated with no copy made of it.
      const copy = olderVault();
      expect(await jobs.run({ kind: 'migrate', copyTo: null }, { database: copy.database, key })).toEqual({ from: LATEST_VERSION - 1, to: LATEST_VERSION, backup: null });
      expect(versionOf(copy.database)).toBe(LATEST_VERSION);
      expect(existsSync(join(copy.vaultDir, 'backups'))).toBe(false);
    } finally {
      await jobs.close();
    }
  });

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

/**
 * Run a job again and again on this thread, the n-th time with a cancel that shows at its n-th step, until it gets
 * through: every stop must be CANCELLED and leave `nothingLeft()` true. Returns how many steps it could stop at.
 */
async function cancelAtEachStep(v: Awaited<ReturnType<typeof newVault>>, job: () => VaultJob, nothingLeft: () => void): Promise<number> {
  for (let n = 0; n < 100; n++) {
    let asked = 0;
    const input = { job: job(), database: vaultPaths(v.dir).database, key: decodeRecoveryCode(v.recoveryCode) };
    try {
      await runJob(input, () => {}, () => asked++ >= n);
      return n;
    } catch (error) {
      expect((error as { code?: string }).code, `step ${n}`).toBe('CANCELLED');
      nothingLeft();
    }
  }
  throw new Error('The job never got through.');
}

function vaultRows(v: Awaited<ReturnType<typeof newVault>>) {
  const { db } = openDatabase(vaultPaths(v.dir).database, decodeRecoveryCode(v.recoveryCode));
  try {
    return tableCounts(db);
  } finally {
    db.close();
  }
}

describe('cancelling a job between its steps', () => {
  it('a copy stopped at any step leaves no file, not even its temp file', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'memory', title: 'Copied', startDate: '2024-01-01', author: 'both' });
    const dir = tempDir('hearth-copy-');
    const steps = await cancelAtEachStep(v, () => ({ kind: 'copy', target: join(dir, 'copy.db') }), () => expect(readdirSync(dir)).toEqual([]));
    expect(steps).toBeGreaterThanOrEqual(4); // before it starts, before the copy, after the copy, after the check
    expect(readdirSync(dir)).toEqual(['copy.db']);
  });

  it('an export stopped at any step, even after encrypting, leaves no file', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'memory', title: 'Exported', startDate: '2024-01-01', author: 'both' });
    const dir = tempDir('hearth-export-');
    const steps = await cancelAtEachStep(
      v,
      () => ({ kind: 'exportAll', target: join(dir, 'export.json'), exportedAt: new Date().toISOString(), seal: { passphrase: 'a long export passphrase', kdf: FAST_KDF } }),
      () => expect(readdirSync(dir)).toEqual([]),
    );
    expect(steps).toBeGreaterThan(5); // each section, after encrypting, before writing
    expect(readdirSync(dir)).toEqual(['export.json']);
  });

  it('an import stopped at any step before it commits imports nothing: the merge rolls back', async () => {
    const source = await newVault();
    await source.core.timeline.create({ kind: 'memory', title: 'Imported', startDate: '2024-01-01', author: 'both' });
    await source.core.drafts.save({ key: 'timeline:new', content: '{"title":"Half"}' });
    const file = join(tempDir('hearth-import-'), 'export.json');
    const { db } = openDatabase(vaultPaths(source.dir).database, decodeRecoveryCode(source.recoveryCode));
    try {
      writeFileSync(file, exportDocument(db, new Date()));
    } finally {
      db.close();
    }
    const target = await newVault();
    const before = vaultRows(target);
    const backups = () => (existsSync(vaultPaths(target.dir).backups) ? readdirSync(vaultPaths(target.dir).backups).filter((n) => n.endsWith('.db') || n.endsWith('.tmp')) : []);
    const steps = await cancelAtEachStep(
      target,
      () => ({ kind: 'import', path: file, passphrase: undefined, copyTo: { vaultDir: target.dir, at: new Date().toISOString() } }),
      () => {
        expect(vaultRows(target)).toEqual(before);
        expect(backups()).toEqual([]); // the pre-import copy made for it goes too
      },
    );
    expect(steps).toBeGreaterThan(7); // after reading, during the safety copy, after each section (inside the transaction)
    expect(backups()).toEqual([expect.stringMatching(/-pre-import\.db$/)]);
    expect((await target.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Imported']);
  });

  it('a job cancelled on the worker thread stops with CANCELLED, and the worker takes the next job', async () => {
    const v = await newVault();
    const jobs = new VaultJobs();
    const dir = tempDir('hearth-copy-');
    const options = { database: vaultPaths(v.dir).database, key: decodeRecoveryCode(v.recoveryCode) };
    try {
      const abort = new AbortController();
      abort.abort();
      await expectCode(jobs.run({ kind: 'copy', target: join(dir, 'a.db') }, { ...options, signal: abort.signal }), 'CANCELLED');
      const phases: string[] = [];
      await jobs.run({ kind: 'copy', target: join(dir, 'b.db') }, { ...options, onProgress: (phase) => phases.push(phase) });
      expect(phases).toEqual(['copying', 'checking']);
      expect(readdirSync(dir)).toEqual(['b.db']);
    } finally {
      await jobs.close();
    }
  });

  it('the tracker shows a job from the moment it is asked for, and takes no cancel past its point of no return', async () => {
    const tracker = new JobTracker();
    const changes: string[] = [];
    tracker.onChange((p) => changes.push(`${p.phase}${p.running ? '' : ' (done)'}${p.cancellable ? ' cancellable' : ''}`));
    let step!: () => void;
    const running = tracker.run('restore', async (job) => {
      job.phase('checking');
      await new Promise<void>((resolve) => (step = resolve));
      job.finishing();
      job.phase('swapping');
      await new Promise<void>((resolve) => (step = resolve));
      job.throwIfCancelled();
      return job.signal.aborted;
    });
    expect(tracker.progress('restore')).toMatchObject({ running: true, phase: 'checking', cancellable: true });
    expect(tracker.progress('backup')).toMatchObject({ running: false, phase: 'idle' });
    step();
    await new Promise((resolve) => setImmediate(resolve));
    tracker.cancel('restore'); // too late: it is swapping
    step();
    expect(await running).toBe(false);
    expect(changes).toEqual(['waiting cancellable', 'checking cancellable', 'checking', 'swapping', 'idle (done)']);

    const stopped = tracker.run('exportAll', async (job) => {
      await new Promise((resolve) => setImmediate(resolve));
      job.throwIfCancelled();
    });
    tracker.cancel('exportAll');
    await expectCode(stopped, 'CANCELLED');
  });
});
