import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { copyOldVault, OLD_VAULTS, openOldVaultFile } from '../fixtures/vaults/old-vaults';
import { newCore, type VaultFile } from './helpers';

/** What make-vault.ts wrote into the schema 9 vault (its contents.json), as far as this test needs it. */
type Schema9Ids = 'event' | 'photo' | 'hardMoment' | 'conflict' | 'forgiveness' | 'aftermath' | 'checkIn' | 'journal' | 'appreciationSession' | 'loveAction';

const NEW_COLUMNS = ['mode', 'first_turn'];

/** Every row of every table (the search index's own tables included), each table's rows in a stable order. */
function everything(db: VaultFile): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      // The two new columns of `checkins` are checked on their own below.
      const old = (row: Record<string, unknown>) => (name === 'checkins' ? Object.fromEntries(Object.entries(row).filter(([column]) => !NEW_COLUMNS.includes(column))) : row);
      return [name, rows.map((row) => JSON.stringify(old(row))).sort()];
    }),
  );
}

describe('migration 010: the way a check-in is done', () => {
  it('marks every check-in of a schema 9 vault as done apart, loses nothing, and lets today’s core carry on the open one', async () => {
    // Made by Hearth at 0e35714 (schema 9) with tests/fixtures/vaults/make-vault.ts: one of every kind of content, and
    // a check-in still open in which Sam has submitted open answers (rating 8) and Alex has not started.
    const vault = copyOldVault<Schema9Ids>(OLD_VAULTS.schema9);
    const { ids } = vault.contents;
    const db = openOldVaultFile(vault);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect((db.prepare('SELECT name FROM pragma_table_info(?)').all('checkins') as { name: string }[]).map((c) => c.name)).not.toContain('mode');
    const before = everything(db);
    expect(before.checkins).toHaveLength(1);
    expect(before.checkin_answers).toHaveLength(1);

    expect(migrate(db, MIGRATIONS.slice(0, 10))).toBe(10);
    expect(everything(db)).toEqual(before);
    expect(db.prepare('SELECT id, status, mode, first_turn FROM checkins').all()).toEqual([{ id: ids.checkIn, status: 'open', mode: 'apart', first_turn: null }]);
    // The table refuses what the contract refuses: a way it does not know, a check-in done together without its first
    // speaker, one done apart with one.
    for (const bad of ["mode = 'both'", "mode = 'together'", "first_turn = 'a'", "mode = 'together', first_turn = 'c'"]) {
      expect(() => db.prepare(`UPDATE checkins SET ${bad}`).run(), bad).toThrow(/CHECK/);
    }
    const insert = db.prepare("INSERT INTO checkins (id, status, started_at, completed_at, completed_on, mode, first_turn) VALUES (?, 'complete', 'then', 'then', '2026-01-01', ?, ?)");
    expect(() => insert.run('together-without-first', 'together', null)).toThrow(/CHECK/);
    expect(() => insert.run('apart-with-first', 'apart', 'b')).toThrow(/CHECK/);
    expect(() => insert.run('unknown-way', 'online', null)).toThrow(/CHECK/);
    expect(db.prepare('SELECT id, status, mode, first_turn FROM checkins').all()).toEqual([{ id: ids.checkIn, status: 'open', mode: 'apart', first_turn: null }]);
    db.close();

    // Today's core unlocks it (as Alex) and shows the open check-in as it was: done apart, Sam's side in.
    const t = newCore();
    expect(await t.core.vaults.addFromFolder({ folder: vault.dir })).toMatchObject({ id: vault.contents.vaultId, name: 'Fixture vault' });
    const session = await t.core.vaults.unlock({ vaultId: vault.contents.vaultId, secret: { kind: 'passphrase', passphrase: vault.contents.passphrases.b } });
    expect(session.partners.map((p) => p.name)).toEqual(['Sam', 'Alex ✨']);
    const c = t.core;
    const open = await c.checkins.current();
    expect(open).toMatchObject({ id: ids.checkIn, status: 'open', mode: 'apart', firstTurn: null, appreciationSessionId: null });
    expect(open!.sides).toEqual([
      {
        partner: 'a',
        started: true,
        submitted: true,
        hidden: false,
        answers: { connection: 'Close this week.', closer: 'A walk on Sunday.', highlight: 'Cooking together.', distance: '' },
        rating: 8,
        updatedAt: expect.any(String),
      },
      { partner: 'b', started: false, submitted: false, hidden: false, answers: null, rating: null, updatedAt: null },
    ]);
    // It is finished the way it was started: a check-in done apart is not finished in one step.
    await expect(c.checkins.finish({ id: ids.checkIn })).rejects.toMatchObject({ code: 'CONFLICT' });
    await c.checkins.answer({ id: ids.checkIn, partner: 'b', answers: { connection: 'Busy but close.', closer: '', highlight: '', distance: '' }, rating: 7 });
    const done = await c.checkins.submit({ id: ids.checkIn, partner: 'b' });
    expect(done).toMatchObject({ status: 'complete', mode: 'apart' });
    expect((await c.checkins.list()).items.map((x) => [x.id, x.mode, x.sides.map((s) => s.rating)])).toEqual([[ids.checkIn, 'apart', [8, 7]]]);
    expect((await c.search.query({ text: 'Cooking together' })).total).toBe(1);

    // The rest of what the schema 9 Hearth wrote reads as before, and a check-in done together can follow.
    expect(await c.timeline.get({ id: ids.event })).toMatchObject({ title: 'The day we met', photos: [expect.objectContaining({ id: ids.photo, caption: 'The umbrella' })] });
    expect(await c.journal.get({ id: ids.journal })).toMatchObject({ body: 'We tried the prompt about our first home.' });
    expect((await c.loveLanguages.get())[0]).toMatchObject({ partner: 'a', primary: 'time', secondary: 'words', givesPrimary: 'acts' });
    expect((await c.appreciations.session({ sessionId: ids.appreciationSession })).appreciations).toHaveLength(1);
    expect((await c.search.query({ text: 'umbrella' })).total).toBeGreaterThan(0);
    const together = await c.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'b' });
    await c.checkins.answer({ id: together.id, partner: 'b', answers: { connection: 'Glad we sat down.', closer: '', highlight: '', distance: '' }, rating: 9 });
    expect(await c.checkins.finish({ id: together.id })).toMatchObject({ status: 'complete', mode: 'together', firstTurn: 'b' });
  });
});
