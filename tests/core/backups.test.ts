import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/database';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { expectCode, filesContaining, newCore, newVault, PASSPHRASE, phasesOf, tempDir, watch } from './helpers';

const pass = { kind: 'passphrase' as const, passphrase: PASSPHRASE };
const DAY = 86_400_000;

/** Open any copy of the vault database read-only with the key the recovery code encodes. */
function openCopy(path: string, recoveryCode: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${decodeRecoveryCode(recoveryCode).toString('hex')}'"`);
  return db;
}

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Let the daily backup that an unlock schedules run (it follows the unlock through the core's queue). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function relock(v: Awaited<ReturnType<typeof newVault>>) {
  await v.core.vaults.lock();
  await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
  await settle();
}

/** Replace a locked vault's database by one a previous Hearth made: one migration behind, with one entry. */
function replaceWithOlderDatabase(v: Awaited<ReturnType<typeof newVault>>): void {
  const key = decodeRecoveryCode(v.recoveryCode);
  const older = join(v.dir, 'older.db');
  const { db } = openDatabase(older, key, { create: true });
  migrate(db, MIGRATIONS.slice(0, -1));
  db.prepare("INSERT INTO partners VALUES ('a', 'Sam', 'x', 'x'), ('b', 'Alex', 'x', 'x')").run();
  db.prepare(
    "INSERT INTO timeline_events (id, kind, title, body, start_date, author, valence, version, created_at, updated_at) VALUES (?, 'memory', 'Before the update', '', '2020-01-01', 'both', 0, 1, 'x', 'x')",
  ).run('7f1c1f0e-36a4-4b0e-9a53-1f0c8a3f7d11');
  db.close();
  key.fill(0);
  for (const sidecar of ['-wal', '-shm']) rmSync(join(v.dir, `hearth.db${sidecar}`), { force: true });
  renameSync(older, join(v.dir, 'hearth.db'));
}

describe('backups', () => {
  it('writes an encrypted, verified copy that holds no plaintext and opens with the data key', async () => {
    const v = await newVault();
    const canary = `Canary ${randomBytes(8).toString('hex')}`;
    await v.core.timeline.create({ kind: 'memory', title: canary, body: `${canary} body`, startDate: '2024-02-03', author: 'both', tags: ['canary'] });
    const made = await v.core.backups.backupNow('vault');
    expect(made.backup).toMatchObject({ kind: 'manual', verifiedAt: expect.any(String) });
    expect(made.backup!.id).toMatch(/^hearth-2026-11-26T10-00-00Z-manual\.db$/);
    if (process.platform !== 'win32') expect(statSync(made.path).mode & 0o777).toBe(0o600);
    expect(filesContaining([join(v.dir, 'backups')], canary)).toEqual([]);
    expect(readFileSync(made.path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');

    const copy = openCopy(made.path, v.recoveryCode);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT title FROM timeline_events').all()).toEqual([{ title: canary }]);
    expect(count(copy, 'partners')).toBe(2);
    copy.close();

    const list = await v.core.backups.list();
    expect(list).toEqual([{ id: made.backup!.id, kind: 'manual', createdAt: '2026-11-26T10:00:00.000Z', sizeBytes: made.sizeBytes, verifiedAt: expect.any(String) }]);
    // Nothing but the copy and its manifest: no temp file left behind.
    expect(readdirSync(join(v.dir, 'backups')).sort()).toEqual(['backups.json', made.backup!.id]);
    expect(readFileSync(join(v.dir, 'backups', 'backups.json'), 'utf8')).not.toContain(canary);
  });

  it('makes the automatic copy after an unlock at most once a day', async () => {
    const v = await newVault();
    await relock(v);
    expect((await v.core.backups.list()).map((b) => b.kind)).toEqual(['daily']);
    await relock(v);
    v.clock.advance(3 * 3600_000);
    await relock(v);
    expect(await v.core.backups.list()).toHaveLength(1);
    v.clock.advance(DAY);
    await relock(v);
    const list = await v.core.backups.list();
    expect(list.map((b) => [b.kind, b.createdAt])).toEqual([
      ['daily', '2026-11-27T13:00:00.000Z'],
      ['daily', '2026-11-26T10:00:00.000Z'],
    ]);
  });

  it('makes one automatic copy a day across quick locks and unlocks: a lock cancels the copy being made, a later unlock makes it', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    // Unlocked three times a minute apart, without waiting for the copy each unlock starts.
    for (let i = 0; i < 3; i++) {
      await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
      await settle();
      if (i < 2) await v.core.vaults.lock();
      v.clock.advance(60_000);
    }
    let list = await v.core.backups.list();
    // A copy cancelled by a lock leaves nothing; one whose lock came too late was filed. Either way one at most.
    expect(list.filter((b) => b.kind === 'daily').length).toBeLessThanOrEqual(1);
    if (list.length === 0) {
      await v.core.vaults.lock();
      await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
      await settle();
      list = await v.core.backups.list();
    }
    expect(list.map((b) => b.kind)).toEqual(['daily']);
    expect(readdirSync(join(v.dir, 'backups')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('clears what an interrupted copy or removal left in the backups folder at the next backup', async () => {
    const v = await newVault();
    const made = await v.core.backups.backupNow('vault');
    const folder = join(v.dir, 'backups');
    // An interrupted copy leaves its temp file; an interrupted thinning, the copy it was removing under a temp name.
    const leftovers = ['.hearth-2026-11-26T09-00-00Z-manual.db.0a1b2c3d4e5f.tmp', '.hearth-2026-11-20T09-00-00Z-daily.db.removing.tmp'];
    for (const name of leftovers) writeFileSync(join(folder, name), randomBytes(4096));
    expect((await v.core.backups.list()).map((b) => b.id)).toEqual([made.backup!.id]);
    v.clock.advance(60_000);
    const next = await v.core.backups.backupNow('vault');
    expect(readdirSync(folder).sort()).toEqual(['backups.json', next.backup!.id]);
  });

  it('copies the unmigrated file before pending migrations run', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    replaceWithOlderDatabase(v);

    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
    const pre = (await v.core.backups.list()).find((b) => b.kind === 'pre-migration');
    expect(pre).toBeDefined();
    const copy = openCopy(join(v.dir, 'backups', pre!.id), v.recoveryCode);
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION - 1);
    expect(copy.prepare('SELECT title FROM timeline_events').all()).toEqual([{ title: 'Before the update' }]);
    copy.close();
    expect((await v.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Before the update']);
  });

  it('restores a backup from an older Hearth by migrating its staged copy on the worker, leaving the backup as it was', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    replaceWithOlderDatabase(v);
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
    const older = (await v.core.backups.list()).find((b) => b.kind === 'pre-migration')!;
    v.clock.advance(60_000);
    await v.core.timeline.create({ kind: 'memory', title: 'Written after the update', startDate: '2024-01-02', author: 'a' });

    await v.core.backups.restore({ id: older.id });
    expect((await v.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Before the update']);
    // Migrated before the swap: the swap found nothing pending, so it made no second pre-migration copy.
    expect((await v.core.backups.list()).filter((b) => b.kind === 'pre-migration').map((b) => b.id)).toEqual([older.id]);
    const { db } = openDatabase(join(v.dir, 'hearth.db'), decodeRecoveryCode(v.recoveryCode));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const backup = openCopy(join(v.dir, 'backups', older.id), v.recoveryCode);
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION - 1);
    backup.close();
    expect(readdirSync(v.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('migrates nothing, and stays locked with IO, when the pre-migration copy cannot be made', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    replaceWithOlderDatabase(v);
    rmSync(join(v.dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(v.dir, 'backups'), 'a file where the backups folder should be');
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass }), 'IO');
    expect((await v.core.app.status()).state).toBe('locked');
    const { db } = openDatabase(join(v.dir, 'hearth.db'), decodeRecoveryCode(v.recoveryCode));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION - 1);
    db.close();
  });

  it('files a backup that was being made when the core closed', async () => {
    const v = await newVault();
    const making = v.core.backups.backupNow('vault');
    await settle(); // the copy is on the worker
    await v.raw.close();
    const { backup } = await making;
    const manifest = JSON.parse(readFileSync(join(v.dir, 'backups', 'backups.json'), 'utf8'));
    expect(manifest.backups[backup!.id]).toEqual({ kind: 'manual', createdAt: backup!.createdAt, verifiedAt: backup!.verifiedAt });
  });

  it('makes no pre-migration copy when nothing is pending', async () => {
    const v = await newVault();
    await relock(v);
    expect((await v.core.backups.list()).some((b) => b.kind === 'pre-migration')).toBe(false);
  });

  it('restores a backup after saving the current vault, and the restore can itself be undone', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'memory', title: 'Kept', startDate: '2024-01-01', author: 'both' });
    const { backup } = await v.core.backups.backupNow('vault');
    v.clock.advance(60_000);
    await v.core.timeline.create({ kind: 'memory', title: 'Written after the backup', startDate: '2024-01-02', author: 'a' });

    const restored = await v.core.backups.restore({ id: backup!.id });
    expect(restored.restored.id).toBe(backup!.id);
    expect(restored.safetyCopy.kind).toBe('pre-restore');
    expect((await v.core.app.status()).state).toBe('unlocked');
    expect((await v.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Kept']);
    expect((await v.core.search.query({ text: 'written' })).total).toBe(0);
    // The vault keeps working on the restored file, and no stray file is left in its folder.
    await v.core.timeline.create({ kind: 'memory', title: 'After the restore', startDate: '2024-01-03', author: 'b' });
    expect(readdirSync(v.dir).filter((n) => n.startsWith('.'))).toEqual([]);

    v.clock.advance(60_000);
    await v.core.backups.restore({ id: restored.safetyCopy.id });
    expect((await v.core.timeline.list({})).items.map((e) => e.title).sort()).toEqual(['Kept', 'Written after the backup']);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
    expect((await v.core.timeline.list({})).items).toHaveLength(2);
  });

  it('refuses a damaged backup with CORRUPT and leaves the current vault untouched', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'memory', title: 'Precious', startDate: '2024-01-01', author: 'both' });
    const { backup, path } = await v.core.backups.backupNow('vault');
    const bytes = readFileSync(path);
    for (let i = 5000; i < 5100; i++) bytes[i] = bytes[i]! ^ 0x5a;
    writeFileSync(path, bytes);
    v.clock.advance(60_000);
    await v.core.timeline.create({ kind: 'memory', title: 'Also precious', startDate: '2024-01-02', author: 'both' });

    const e = await expectCode(v.core.backups.restore({ id: backup!.id }), 'CORRUPT');
    expect(e.message).toMatch(/damaged/);
    expect((await v.core.timeline.list({})).items.map((x) => x.title).sort()).toEqual(['Also precious', 'Precious']);
    expect((await v.core.backups.list()).map((b) => b.kind)).toEqual(['manual']);
    expect(readdirSync(v.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses backup ids that are not backup names', async () => {
    const v = await newVault();
    for (const id of ['../hearth.db', 'hearth.db', '/etc/passwd', 'hearth-2026-11-26T10-00-00Z.db/../../x']) {
      await expectCode(v.core.backups.restore({ id }), 'VALIDATION');
    }
    await expectCode(v.core.backups.restore({ id: 'hearth-2020-01-01T00-00-00Z.db' }), 'NOT_FOUND');
  });

  it('"Back up now" to a folder makes a vault that opens with the same passphrase and recovery code', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'milestone', title: 'Moved in', startDate: '2023-05-01', author: 'both' });
    const stick = tempDir('hearth-usb-');
    const made = await v.core.backups.backupNow({ folder: stick });
    expect(made.backup).toBeNull();
    expect(readdirSync(made.path).sort()).toEqual(['hearth.db', 'keyslots.backup.json', 'keyslots.json', 'vault.json']);

    const other = newCore();
    const added = await other.core.vaults.addFromFolder({ folder: made.path });
    expect(added.id).toBe(v.vaultId);
    await other.core.vaults.unlock({ vaultId: added.id, secret: pass });
    expect((await other.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Moved in']);
    await other.core.vaults.lock();
    await other.core.vaults.unlock({ vaultId: added.id, secret: { kind: 'recovery', code: v.recoveryCode } });
    expect((await other.core.timeline.list({})).items).toHaveLength(1);
    await expectCode(v.core.backups.backupNow({ folder: join(stick, 'not-there') }), 'NOT_FOUND');
    expect(existsSync(join(stick, 'not-there'))).toBe(false);
  });

  it('needs an unlocked vault', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    await expectCode(v.core.backups.list(), 'VAULT_LOCKED');
    await expectCode(v.core.backups.backupNow('vault'), 'VAULT_LOCKED');
  });
});


/** Hold the core's queue the way an open save dialog does (the full export asks for its path inside the queue). */
function holdQueue(v: Awaited<ReturnType<typeof newVault>>): () => void {
  let answer!: (path: string | null) => void;
  v.platform.chooseSavePath = () => new Promise<string | null>((resolve) => (answer = resolve));
  const exporting = v.core.transfer.exportAll({});
  return () => {
    answer(null);
    void exporting;
  };
}

describe('backup progress and cancel', () => {
  it('"Back up now" shows its phases, and is idle again once done', async () => {
    const v = await newVault();
    expect(await v.core.jobs.progress({ kind: 'backup' })).toEqual({ running: false, kind: 'backup', phase: 'idle', done: 0, total: 0, cancellable: false });
    const { result, seen } = await watch(v, 'backup', () => v.core.backups.backupNow('vault'));
    expect((await result).backup?.kind).toBe('manual');
    expect(phasesOf(seen)).toEqual(['waiting', 'copying', 'checking']);
    expect(seen.filter((p) => p.running).every((p) => p.cancellable)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ running: false, phase: 'idle' });
    expect((await v.core.jobs.progress({ kind: 'backup' })).running).toBe(false);

    // To a folder: the same, then the key slots and vault.json are written.
    const stick = tempDir('hearth-usb-');
    const folder = await watch(v, 'backup', () => v.core.backups.backupNow({ folder: stick }));
    await folder.result;
    expect(phasesOf(folder.seen)).toEqual(['waiting', 'copying', 'checking', 'writing']);
  });

  it('a "Back up now" cancelled while it waits leaves no file, in the vault or in a chosen folder', async () => {
    const v = await newVault();
    await v.core.backups.backupNow('vault'); // the backups folder is there, and nothing else is being made
    const before = readdirSync(join(v.dir, 'backups')).sort();
    const stick = tempDir('hearth-usb-');
    const release = holdQueue(v);

    const intoVault = v.core.backups.backupNow('vault');
    expect(await v.core.jobs.progress({ kind: 'backup' })).toMatchObject({ running: true, phase: 'waiting', cancellable: true });
    await v.core.jobs.cancel({ kind: 'backup' });
    expect((await v.core.jobs.progress({ kind: 'backup' })).cancellable).toBe(false); // already asked
    const intoFolder = v.core.backups.backupNow({ folder: stick });
    await v.core.jobs.cancel({ kind: 'backup' });
    release();

    const e = await expectCode(intoVault, 'CANCELLED');
    expect(e.message).toBe('Cancelled — nothing was written.');
    await expectCode(intoFolder, 'CANCELLED');
    expect(readdirSync(join(v.dir, 'backups')).sort()).toEqual(before);
    expect(readdirSync(stick)).toEqual([]);
    expect((await v.core.jobs.progress({ kind: 'backup' })).running).toBe(false);
    // The next one is made as usual.
    expect((await v.core.backups.backupNow('vault')).backup?.kind).toBe('manual');
  });

  it('a restore shows its phases; it can be cancelled before the swap, and then the vault is as it was', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'memory', title: 'Kept', startDate: '2024-01-01', author: 'both' });
    const { backup } = await v.core.backups.backupNow('vault');
    v.clock.advance(60_000);
    await v.core.timeline.create({ kind: 'memory', title: 'Written after the backup', startDate: '2024-01-02', author: 'a' });
    const listed = await v.core.backups.list();

    // Cancelled as soon as the safety copy is being made: nothing is swapped, and the safety copy goes too.
    const { result: cancelled, seen } = await watch(
      v,
      'restore',
      () => v.core.backups.restore({ id: backup!.id }),
      (p) => p.phase === 'safety-copy' && void v.core.jobs.cancel({ kind: 'restore' }),
    );
    await expectCode(cancelled, 'CANCELLED');
    expect(phasesOf(seen)).toEqual(['waiting', 'checking', 'safety-copy']);
    expect((await v.core.timeline.list({})).items.map((e) => e.title).sort()).toEqual(['Kept', 'Written after the backup']);
    expect(await v.core.backups.list()).toEqual(listed.map((b) => (b.id === backup!.id ? { ...b, verifiedAt: expect.any(String) } : b)));
    expect(readdirSync(v.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(join(v.dir, 'backups')).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // Let through, it checks, keeps a safety copy, copies, checks the copy, and swaps: past that point no cancel is taken.
    v.clock.advance(60_000);
    const through = await watch(
      v,
      'restore',
      () => v.core.backups.restore({ id: backup!.id }),
      (p) => p.phase === 'swapping' && void v.core.jobs.cancel({ kind: 'restore' }),
    );
    expect((await through.result).safetyCopy.kind).toBe('pre-restore');
    expect(phasesOf(through.seen)).toEqual(['waiting', 'checking', 'safety-copy', 'copying', 'swapping']);
    expect(through.seen.find((p) => p.phase === 'swapping')?.cancellable).toBe(false);
    expect((await v.core.timeline.list({})).items.map((e) => e.title)).toEqual(['Kept']);
  });
});
