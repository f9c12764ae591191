import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { indexEntry } from '../../src/core/search/search-index';
import { newVault, openVaultFile, type VaultFile } from './helpers';


const config = (db: VaultFile) => Object.fromEntries(db.prepare(`SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'crisismerge')`).all().map((r) => [(r as { k: string }).k, (r as { v: number }).v]));
/** Each segment of the index has at least one row in its %_idx table. */
const segments = (db: VaultFile) => (db.prepare('SELECT count(DISTINCT segid) AS n FROM search_index_idx').get() as { n: number }).n;

describe('migration 007: index merges off the save', () => {
  it('stops inserts from merging; the index worker merges after saves instead', async () => {
    const v = await newVault();
    for (let i = 0; i < 40; i++) {
      await v.core.timeline.create({ kind: 'memory', title: `Lantern walk number ${i}`, body: `By the lake, evening ${i}.`, startDate: '2020-01-01', author: 'both' });
    }
    expect((await v.core.search.query({ text: 'lantern 39' })).total).toBe(1);
    await v.core.vaults.lock();

    const db = openVaultFile(v.dir, v.recoveryCode);
    expect(config(db)).toEqual({ automerge: 0, crisismerge: 64 });
    // Forty saves, each its own transaction and so its own new segment; the worker's merges kept them few.
    expect(segments(db)).toBeLessThan(12);

    // On this connection (no worker), inserts leave their segments alone: the save does no merging of its own.
    const before = segments(db);
    for (let i = 0; i < 20; i++) db.transaction(() => indexEntry(db, 'timeline', `bare-${i}`, 'Paper boats', `Evening ${i}`))();
    expect(segments(db)).toBe(before + 20);

    // A vault from before: version 6 merges inside inserts (FTS5's defaults) until migrated.
    db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('automerge', 4); INSERT INTO search_index (search_index, rank) VALUES ('crisismerge', 16); DROP TABLE search_sweep;`);
    db.pragma('user_version = 6');
    expect(migrate(db, MIGRATIONS.slice(0, 7))).toBe(7);
    expect(config(db)).toEqual({ automerge: 0, crisismerge: 64 });
    db.close();
  });
});
