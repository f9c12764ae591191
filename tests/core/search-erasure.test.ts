import { describe, expect, it } from 'vitest';
import { newVault, openVaultFile, PASSPHRASE, type VaultFile } from './helpers';

/** A second connection to the unlocked vault, to look at what the index's own pages hold. */
const peek = (dir: string, recoveryCode: string) => openVaultFile(dir, recoveryCode, { readonly: true });

/** Whether any page of the full-text index (terms are stored as raw bytes there) still holds `word`. */
function onIndexPages(db: VaultFile, word: string): boolean {
  return (db.prepare('SELECT block FROM search_index_data').all() as { block: Buffer | null }[]).some((r) => r.block?.includes(word));
}

describe('words leave the search index when the vault lets go of them', () => {
  it('a timeline edit keeps the old words until the event is deleted forever, then a sweep erases them', async () => {
    const v = await newVault();
    const e = await v.core.timeline.create({ kind: 'memory', title: 'The first flat', body: 'We painted the hallway zqxwvlantern blue.', startDate: '2020-01-01', author: 'both' });
    await v.core.timeline.update({ id: e.id, expectedVersion: 1, kind: 'memory', title: 'The first flat', body: 'We painted the hallway blue.', startDate: '2020-01-01', author: 'both' });
    expect((await v.core.search.query({ text: 'zqxwvlantern' })).total).toBe(0);
    const db = peek(v.dir, v.recoveryCode);
    try {
      // Still in the history, so the index was spared the costly erase: the word is on its pages, marked deleted.
      expect((await v.core.timeline.history({ id: e.id })).some((h) => h.body.includes('zqxwvlantern'))).toBe(true);
      expect(onIndexPages(db, 'lantern')).toBe(true);

      await v.core.timeline.remove({ id: e.id });
      await v.core.timeline.deleteForever({ id: e.id });
      await v.core.search.query({ text: 'blue' }); // queued behind the sweep's steps
      expect(onIndexPages(db, 'lantern')).toBe(false);
      expect(onIndexPages(db, 'hallway')).toBe(false);
      expect(db.prepare('SELECT count(*) AS n FROM search_sweep').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('an edit to a journal entry (which keeps no history) erases the old words at once', async () => {
    const v = await newVault();
    const entry = await v.core.journal.write({ author: 'a', body: 'Thinking about zqxwvharbour tonight.', date: '2026-01-05' });
    await v.core.journal.update({ id: entry.id, expectedVersion: entry.version, author: 'a', body: 'Thinking about the zqxwvmeadow tonight.', date: '2026-01-05' });
    expect((await v.core.search.query({ text: 'zqxwvmeadow' })).total).toBe(1);
    const db = peek(v.dir, v.recoveryCode);
    try {
      // Terms share their first letters with the term before them on a page, so look for the word's distinct end.
      expect(onIndexPages(db, 'meadow')).toBe(true);
      expect(onIndexPages(db, 'harbour')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('an edit locked straight after still has its old words erased (the upkeep is handed to the worker at the lock)', async () => {
    const v = await newVault();
    const entry = await v.core.journal.write({ author: 'a', body: 'Thinking about zqxwvharbour tonight.', date: '2026-01-05' });
    await v.core.journal.update({ id: entry.id, expectedVersion: entry.version, author: 'a', body: 'Thinking about the zqxwvmeadow tonight.', date: '2026-01-05' });
    // No turn of the event loop between the edit's answer and the lock.
    await v.core.vaults.lock();
    const db = openVaultFile(v.dir, v.recoveryCode);
    try {
      await expect.poll(() => onIndexPages(db, 'harbour')).toBe(false);
      expect(onIndexPages(db, 'meadow')).toBe(true);
      expect(db.prepare('SELECT count(*) AS n FROM search_index WHERE ref_id = ?').get(entry.id)).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('a sweep cut short by a quit is taken up after the next unlock', async () => {
    const v = await newVault();
    await v.core.timeline.create({ kind: 'memory', title: 'Lanterns', startDate: '2020-01-01', author: 'both' });
    await v.core.timeline.create({ kind: 'memory', title: 'Paper boats', startDate: '2020-01-02', author: 'both' });
    await v.core.vaults.lock();
    const db = openVaultFile(v.dir, v.recoveryCode);
    db.exec('INSERT INTO search_sweep (id) VALUES (1)');
    db.close();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    const check = peek(v.dir, v.recoveryCode);
    try {
      await expect.poll(() => check.prepare('SELECT count(*) AS n FROM search_sweep').get()).toEqual({ n: 0 });
      expect(check.prepare('SELECT count(DISTINCT segid) AS n FROM search_index_idx').get()).toEqual({ n: 1 });
    } finally {
      check.close();
    }
  });
});
