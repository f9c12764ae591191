import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { copyOldVault, expectSchema2Content, OLD_VAULTS, openOldVaultFile, type Schema2Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore } from './helpers';

describe('migration 005: search rows', () => {
  it('maps every existing index row, so later saves replace them instead of adding copies', async () => {
    // Made by Hearth at 31e0b0e (schema version 2; tests/fixtures/vaults/make-vault-schema2.mts): its search index was
    // written by that Hearth, with "Lanterns by the lake" and "Lanterns again" among the live events. No Hearth ever
    // left a vault at version 4 (003–005 arrived in one commit), so 003 and 004 take it there first.
    const vault = copyOldVault<Schema2Ids>(OLD_VAULTS.schema2);
    const { ids } = vault.contents;
    const db = openOldVaultFile(vault);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    const indexed = db.prepare('SELECT kind, ref_id, rowid AS row FROM search_index ORDER BY rowid').all();
    expect(indexed.map((r) => (r as { ref_id: string }).ref_id).sort()).toEqual([ids.airport, ids.breakfast, ids.lanternsLake, ids.lanternsAgain].sort());
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
    expect(db.prepare('SELECT count(*) AS n FROM search_rows').get()).toEqual({ n: 4 });
    expect(db.prepare('SELECT kind, ref_id, row FROM search_rows ORDER BY row').all()).toEqual(indexed);
    db.close();

    // Today's core takes it the rest of the way and shows everything the version 2 Hearth wrote.
    const t = newCore();
    await unlockOldVault(t, vault);
    await expectSchema2Content(t, vault.contents);
    await t.core.timeline.update({ id: ids.lanternsLake, expectedVersion: 1, kind: 'memory', title: 'Paper boats by the lake', startDate: '2020-01-01', author: 'both', valence: 2 });
    expect((await t.core.search.query({ text: 'lanterns' })).total).toBe(1);
    expect((await t.core.search.query({ text: 'boats' })).total).toBe(1);
  });
});
