import type Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHearthError } from '../../src/core/errors';
import { openDatabase } from '../../src/core/db/database';
import { LATEST_VERSION, migrate } from '../../src/core/db/migrations';
import { copyOldVault, expectSchema1Content, OLD_VAULTS, openOldVaultFile, type Schema1Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore, tempDir } from './helpers';

function rows(db: Database.Database, table: string): unknown[] {
  return db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
}

const tables = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('a vault made by the first schema version', () => {
  it('migrates to the current version with every row of every table intact', async () => {
    // Made by Hearth at a07b916, the last commit before migration 002 (tests/fixtures/vaults/make-vault-schema1.mts).
    const vault = copyOldVault<Schema1Ids>(OLD_VAULTS.schema1);
    const old = openOldVaultFile(vault);
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    const v1Tables = tables(old);
    expect(v1Tables).toEqual(['key_slot_labels', 'partners', 'settings']);
    const before = Object.fromEntries(v1Tables.map((t) => [t, rows(old, t)]));
    expect(Object.values(before).every((r) => r.length > 0)).toBe(true);

    expect(migrate(old)).toBe(LATEST_VERSION);
    for (const table of v1Tables) expect(rows(old, table), table).toEqual(before[table]);
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(old.pragma('foreign_key_check')).toEqual([]);
    old.close();

    // Today's core opens the migrated file and shows what was in it; its own bookkeeping may add rows, never lose one.
    const t = newCore();
    await unlockOldVault(t, vault);
    await expectSchema1Content(t, vault.contents);
    await t.core.vaults.lock();
    const db = openOldVaultFile(vault);
    for (const table of v1Tables) expect(rows(db, table), table).toEqual(expect.arrayContaining(before[table]!));
    db.close();

    // Every secret it was made with still opens it, and the migrated vault takes today's writes.
    const { contents } = vault;
    for (const secret of [
      { kind: 'passphrase' as const, passphrase: contents.passphrases.b },
      { kind: 'recovery' as const, code: contents.recoveryCode },
    ]) {
      const session = await t.core.vaults.unlock({ vaultId: contents.vaultId, secret });
      expect(session.partners.map((p) => p.name)).toEqual(['Sam', 'Alex ✨ Łódź']);
      await expectSchema1Content(t, contents);
      await t.core.vaults.lock();
    }
    await t.core.vaults.unlock({ vaultId: contents.vaultId, secret: { kind: 'passphrase', passphrase: contents.passphrases.a } });
    await t.core.timeline.create({ kind: 'memory', title: 'The first entry after the upgrade', startDate: '2026-11-26', author: 'both' });
    expect((await t.core.search.query({ text: 'upgrade' })).total).toBe(1);
  });
});

describe('a full disk', () => {
  it("becomes IO with words about space, from SQLite's own error", () => {
    const db = openDatabase(join(tempDir(), 'hearth.db'), randomBytes(32), { create: true }).db;
    migrate(db);
    // A page limit makes SQLite answer exactly as it does when the disk is full.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    let error: unknown;
    try {
      db.prepare('INSERT INTO settings VALUES (?, ?, ?)').run('big', 'x'.repeat(100_000), 'now');
    } catch (e) {
      error = e;
    }
    expect((error as { code: string }).code).toBe('SQLITE_FULL');
    expect(toHearthError(error)).toMatchObject({ code: 'IO', message: expect.stringMatching(/disk is full/) });
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'big'").get()).toEqual({ n: 0 });
    db.close();
  });
});
