import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureDatabase, openDatabase } from '../../src/core/db/database';
import { WalSync } from '../../src/core/db/wal-sync';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { newVault, tempDir } from './helpers';

afterEach(() => vi.restoreAllMocks());

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function encryptedFile() {
  const path = join(tempDir(), 'hearth.db');
  const { db } = openDatabase(path, new Uint8Array(32).fill(7), { create: true });
  configureDatabase(db, path);
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE notes (text TEXT)');
  return { db, path };
}

describe('WalSync: saves flushed by a thread of their own', () => {
  it('flushes the WAL on its thread when asked, and only then', async () => {
    const { db, path } = encryptedFile();
    const sync = new WalSync(`${path}-wal`);
    try {
      db.prepare('INSERT INTO notes VALUES (?)').run('the first note');
      expect(sync.flushes).toBe(0);
      sync.request();
      await until(() => sync.settled);
      expect(sync.flushes).toBe(1);
      for (let i = 0; i < 5; i++) {
        db.prepare('INSERT INTO notes VALUES (?)').run(`note ${i}`);
        sync.request();
      }
      await until(() => sync.settled);
      expect(sync.flushes).toBeGreaterThanOrEqual(2); // requests that come while it flushes are served together
      expect(sync.flushes).toBeLessThanOrEqual(6);
    } finally {
      sync.close();
      db.close();
    }
  });

  it('close() leaves every asked flush done, even one the thread had not reached', () => {
    const { db, path } = encryptedFile();
    const sync = new WalSync(`${path}-wal`);
    db.prepare('INSERT INTO notes VALUES (?)').run('written just before the lock');
    sync.request();
    sync.close();
    expect(sync.settled).toBe(true);
    expect(sync.flushes).toBeGreaterThanOrEqual(1);
    sync.request(); // after close: ignored, never a thread again
    expect(sync.settled).toBe(true);
    db.close();
  });

  it('a missing WAL (nothing written since the last checkpoint) is not an error, and is never created', () => {
    const dir = tempDir();
    const sync = new WalSync(join(dir, 'absent.db-wal'));
    sync.request();
    sync.close();
    expect(sync.settled).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the unlocked vault commits without waiting for the disk and flushes after each call that wrote', () => {
  it('asks a flush after a save, none after a read; other connections still commit with FULL', async () => {
    const request = vi.spyOn(WalSync.prototype, 'request');
    const t = await newVault();
    request.mockClear();
    await t.core.timeline.create({ kind: 'memory', title: 'The lake', body: 'We swam.', startDate: '2026-07-01', author: 'both', tags: [] });
    expect(request).toHaveBeenCalledTimes(1);
    await t.core.timeline.list({ order: 'newest', limit: 10, filter: {} });
    expect(request).toHaveBeenCalledTimes(1);
    const path = join(t.dir, 'hearth.db');
    const { db } = openDatabase(path, decodeRecoveryCode(t.recoveryCode));
    configureDatabase(db, path);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});
