import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { copyOldVault, OLD_VAULTS, openOldVaultFile } from '../fixtures/vaults/old-vaults';
import { newCore, TestClock, type VaultFile } from './helpers';

/** What make-vault.ts wrote into the schema 10 vault (its contents.json), as far as this test needs it. */
type Schema10Ids = 'event' | 'conflict' | 'forgiveness' | 'aftermath' | 'checkIn' | 'journal';

/** Every row of every table, each table's rows in a stable order; the reflections without the column 011 adds. */
function everything(db: VaultFile): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      const old = (row: Record<string, unknown>) => (name === 'reflections' ? Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'checkin_id')) : row);
      return [name, rows.map((row) => JSON.stringify(old(row))).sort()];
    }),
  );
}

describe('migration 011: a check-in follows through, and a reflection can be begun from one', () => {
  it('adds the follow-ups and the link to a schema 10 vault, loses nothing, and the next check-in follows through', async () => {
    // Made by Hearth at f3232f9 (schema 10) with tests/fixtures/vaults/make-vault.ts: one of every kind of content, a
    // conflict reflection with a request, an aftermath only Sam finished, and a check-in open with Sam's side in.
    const vault = copyOldVault<Schema10Ids>(OLD_VAULTS.schema10);
    const { ids } = vault.contents;
    const db = openOldVaultFile(vault);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const before = everything(db);
    expect(before.reflections).toHaveLength(3);
    expect(before.checkin_follow_ups).toBeUndefined();

    expect(migrate(db, MIGRATIONS.slice(0, 11))).toBe(11);
    const after = everything(db);
    expect(after.checkin_follow_ups).toEqual([]);
    delete after.checkin_follow_ups;
    expect(after).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM reflections WHERE checkin_id IS NOT NULL').get()).toEqual({ n: 0 });
    // The table refuses what the contract refuses: an outcome it does not know, a partner who is not one of the two, a
    // follow-up of a check-in or reflection that is not there.
    const insert = db.prepare("INSERT INTO checkin_follow_ups (checkin_id, reflection_id, partner, outcome, note, updated_at) VALUES (?, ?, ?, ?, '', NULL)");
    expect(() => insert.run(ids.checkIn, ids.conflict, 'a', 'brilliantly')).toThrow(/CHECK/);
    expect(() => insert.run(ids.checkIn, ids.conflict, 'c', null)).toThrow(/CHECK/);
    const { started_at: startedAt } = db.prepare('SELECT started_at FROM checkins WHERE id = ?').get(ids.checkIn) as { started_at: string };
    db.pragma('foreign_keys = ON');
    expect(() => insert.run(ids.checkIn, '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'a', null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE reflections SET checkin_id = ? WHERE id = ?').run('6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ids.conflict)).toThrow(/FOREIGN KEY/);
    db.close();

    // Today's core unlocks it (running the migration itself on the untouched copy's twin) and carries on.
    const fresh = copyOldVault<Schema10Ids>(OLD_VAULTS.schema10);
    // Its clock reads a day after the fixture's check-in began, as when the couple comes back to it.
    const t = newCore({ clock: new TestClock(Date.parse(startedAt) + 24 * 60 * 60 * 1000) });
    await t.core.vaults.addFromFolder({ folder: fresh.dir });
    await t.core.vaults.unlock({ vaultId: fresh.contents.vaultId, secret: { kind: 'passphrase', passphrase: fresh.contents.passphrases.b } });
    const c = t.core;
    // The check-in open before the migration brought up nothing (it began before there were follow-ups).
    expect(await c.checkins.current()).toMatchObject({ id: ids.checkIn, status: 'open', followUps: [], begun: [] });
    const begun = await c.reflections.create({ type: 'conflict', title: 'What came up tonight', author: 'b', checkinId: ids.checkIn });
    expect((await c.checkins.get({ id: ids.checkIn })).begun.map((r) => r.id)).toEqual([begun.id]);
    await c.checkins.submit({ id: ids.checkIn, partner: 'b' });

    // Old reflections read with the new answers off, and a plan written now comes up at the next check-in.
    const old = await c.reflections.get({ id: ids.conflict });
    if (old.type !== 'conflict') throw new Error('a conflict reflection');
    expect(old).toMatchObject({ checkinId: null, answers: { request: 'Could we do the dishes together on Sundays?', requestToCheckIn: false } });
    await c.reflections.update({ type: 'conflict', id: old.id, expectedVersion: old.version, title: old.title, author: 'a', answers: { ...old.answers, requestToCheckIn: true } });
    const next = await c.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'a' });
    expect(next.followUps).toMatchObject([{ reflectionId: ids.conflict, partner: 'a', plan: 'Could we do the dishes together on Sundays?', outcome: null }]);
    expect(await c.journal.get({ id: ids.journal })).toMatchObject({ body: 'We tried the prompt about our first home.' });
  });
});
