import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { newVault, PASSPHRASE } from './helpers';

describe('migration 005: search rows', () => {
  it('maps every existing index row, so later saves replace them instead of adding copies', async () => {
    const v = await newVault();
    const a = await v.core.timeline.create({ kind: 'memory', title: 'Lanterns by the lake', startDate: '2020-01-01', author: 'both' });
    await v.core.timeline.create({ kind: 'memory', title: 'Lanterns again', startDate: '2021-01-01', author: 'both' });
    await v.core.vaults.lock();

    // Take the vault back to version 4, as a vault made before this migration would be.
    const db = new Database(join(v.dir, 'hearth.db'));
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${decodeRecoveryCode(v.recoveryCode).toString('hex')}'"`);
    db.exec('DROP TABLE search_rows');
    db.pragma('user_version = 4');
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
    expect(db.prepare('SELECT count(*) AS n FROM search_rows').get()).toEqual({ n: 2 });
    // Everything later migrations made is still in the file: mark it current again.
    db.pragma(`user_version = ${LATEST_VERSION}`);
    db.close();

    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await v.core.timeline.update({ id: a.id, expectedVersion: 1, kind: 'memory', title: 'Paper boats by the lake', startDate: '2020-01-01', author: 'both' });
    expect((await v.core.search.query({ text: 'lanterns' })).total).toBe(1);
    expect((await v.core.search.query({ text: 'boats' })).total).toBe(1);
  });
});
