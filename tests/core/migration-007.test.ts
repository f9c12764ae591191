import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { indexEntry } from '../../src/core/search/search-index';
import { copyOldVault, expectSchema5Content, OLD_VAULTS, openOldVaultFile, type Schema5Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore, type VaultFile } from './helpers';

const config = (db: VaultFile) => Object.fromEntries(db.prepare(`SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'crisismerge')`).all().map((r) => [(r as { k: string }).k, (r as { v: number }).v]));
/** Each segment of the index has at least one row in its %_idx table. */
const segments = (db: VaultFile) => (db.prepare('SELECT count(DISTINCT segid) AS n FROM search_index_idx').get() as { n: number }).n;
const hasTable = (db: VaultFile, name: string) => db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

describe('migration 007: index merges off the save', () => {
  it('stops inserts from merging; the index worker merges after saves instead', async () => {
    // Made by Hearth at 52322f5, the last commit before this migration (tests/fixtures/vaults/make-vault-schema5to7.mts).
    // A vault from before: version 6 merges inside inserts (FTS5's defaults, nothing in the index's config) until migrated.
    const vault = copyOldVault<Schema5Ids>(OLD_VAULTS.schema6);
    const old = openOldVaultFile(vault);
    expect(old.pragma('user_version', { simple: true })).toBe(6);
    expect(config(old)).toEqual({});
    expect(hasTable(old, 'search_sweep')).toEqual({ n: 0 });
    expect(migrate(old, MIGRATIONS.slice(0, 7))).toBe(7);
    expect(config(old)).toEqual({ automerge: 0, crisismerge: 64 });
    expect(hasTable(old, 'search_sweep')).toEqual({ n: 1 });
    old.close();

    // Today's core takes it the rest of the way and shows everything the version 6 Hearth wrote.
    const v = newCore();
    await unlockOldVault(v, vault);
    await expectSchema5Content(v, vault.contents);
    for (let i = 0; i < 40; i++) {
      await v.core.timeline.create({ kind: 'memory', title: `Lantern walk number ${i}`, body: `By the lake, evening ${i}.`, startDate: '2020-01-01', author: 'both' });
    }
    expect((await v.core.search.query({ text: 'lantern 39' })).total).toBe(1);
    await v.core.vaults.lock();

    const db = openOldVaultFile(vault);
    expect(config(db)).toEqual({ automerge: 0, crisismerge: 64 });
    // Forty saves, each its own transaction and so its own new segment; the worker's merges kept them few.
    expect(segments(db)).toBeLessThan(12);

    // On this connection (no worker), inserts leave their segments alone: the save does no merging of its own.
    const before = segments(db);
    for (let i = 0; i < 20; i++) db.transaction(() => indexEntry(db, 'timeline', `bare-${i}`, 'Paper boats', `Evening ${i}`))();
    expect(segments(db)).toBe(before + 20);
    db.close();
  });
});
