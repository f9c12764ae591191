import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { copyOldVault, expectSchema2Content, OLD_VAULTS, openOldVaultFile, type Schema2Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore, type VaultFile } from './helpers';

const NOW = '2026-11-26T10:00:00.000Z';
const NEW_TABLES = [
  'appreciation_sessions',
  'appreciations',
  'checkin_answers',
  'checkins',
  'journal_entries',
  'journal_prompts',
  'love_language_actions',
  'love_language_profiles',
];

/**
 * A copy of the vault Hearth made at 31e0b0e (schema version 2: timeline rows of every kind, a photo, a draft, the
 * search index; tests/fixtures/vaults/make-vault-schema2.mts), at the version asked for. No Hearth ever left a vault
 * at version 3 (migrations 003–005 arrived in one commit), so for 3 the version 2 vault is moved on by migration 003
 * and given a reflection with a side, the rows a version 3 vault would add.
 */
function vaultAt(version: 2 | 3) {
  const vault = copyOldVault<Schema2Ids>(OLD_VAULTS.schema2);
  const { ids } = vault.contents;
  const db = openOldVaultFile(vault);
  db.pragma('foreign_keys = ON');
  expect(db.pragma('user_version', { simple: true })).toBe(2);
  expect(migrate(db, MIGRATIONS.slice(0, version))).toBe(version);
  if (version === 3) {
    db.prepare(
      `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, for_therapy, version, created_at, updated_at)
       VALUES ('r1', 'aftermath', 'After the airport', 'both', 'draft', '{}', ?, ?, 1, 1, ?, ?)`,
    ).run(ids.airport, ids.breakfast, NOW, NOW);
    db.prepare("INSERT INTO reflection_sides VALUES ('r1', 'a', '{\"feelings\":[\"hurt\"]}', 1, 2, ?)").run(NOW);
  }
  return { vault, db, ids };
}

type Db = VaultFile;
const userTables = (db: Db) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const dump = (db: Db) => Object.fromEntries(userTables(db).map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));

describe('migration 004: check-ins and exercises', () => {
  it.each([3, 2] as const)('moves a version %i vault with rows to version 4, losing nothing', async (version) => {
    const { vault, db, ids } = vaultAt(version);
    const before = dump(db);
    const tablesBefore = userTables(db);
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const reflectionTables = version === 2 ? ['reflection_check_backs', 'reflection_sides', 'reflections'] : [];
    expect(userTables(db)).toEqual([...tablesBefore, ...reflectionTables, ...NEW_TABLES].sort());
    const after = dump(db);
    for (const table of tablesBefore) expect(after[table], table).toEqual(before[table]);
    for (const table of [...reflectionTables, ...NEW_TABLES]) expect(after[table], table).toEqual([]);
    expect(db.prepare("SELECT ref_id FROM search_index WHERE search_index MATCH 'flig*'").all()).toEqual([{ ref_id: ids.airport }]);
    db.close();

    // Today's core takes it the rest of the way and shows everything the version 2 Hearth wrote.
    const t = newCore();
    await unlockOldVault(t, vault);
    await expectSchema2Content(t, vault.contents);
  });

  it('creates tables that hold one open check-in, refuse what does not belong and cascade to their parts', () => {
    const { db } = vaultAt(3);
    migrate(db, MIGRATIONS.slice(0, 4));
    db.prepare("INSERT INTO appreciation_sessions VALUES ('s1', 'a', ?, NULL)").run(NOW);
    db.prepare("INSERT INTO appreciations VALUES ('p1', 's1', 'a', 'you stayed', ?, '2026-11-26')").run(NOW);
    const checkin = db.prepare('INSERT INTO checkins (id, status, started_at, completed_at, completed_on, appreciation_session_id) VALUES (?, ?, ?, ?, ?, ?)');
    checkin.run('c1', 'open', NOW, null, null, 's1');
    expect(() => checkin.run('c2', 'open', NOW, null, null, null)).toThrow(/UNIQUE/);
    expect(() => checkin.run('c2', 'complete', NOW, null, null, null)).toThrow(/CHECK/);
    checkin.run('c2', 'complete', NOW, NOW, '2026-11-26', null);
    const answer = db.prepare("INSERT INTO checkin_answers VALUES (?, ?, '{}', ?, 0, NULL, ?)");
    answer.run('c1', 'a', 7, NOW);
    expect(() => answer.run('c1', 'b', 11, NOW)).toThrow(/CHECK/);
    expect(() => answer.run('c1', 'c', 5, NOW)).toThrow(/CHECK/);
    expect(() => answer.run('nope', 'b', 5, NOW)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO love_language_profiles VALUES ('a', 'time', 'time', ?)").run(NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO love_language_actions VALUES ('l1', 'a', 'a', 'time', '', '2026-11-26', ?)").run(NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO journal_entries VALUES ('j1', 'them', NULL, 'x', '2026-11-26', 1, ?, ?)").run(NOW, NOW)).toThrow(/CHECK/);

    // Deleting a session keeps its check-in; deleting a check-in takes its answers with it.
    db.prepare("DELETE FROM appreciation_sessions WHERE id = 's1'").run();
    expect(db.prepare("SELECT appreciation_session_id FROM checkins WHERE id = 'c1'").get()).toEqual({ appreciation_session_id: null });
    expect(db.prepare('SELECT count(*) AS n FROM appreciations').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM checkins WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM checkin_answers').get()).toEqual({ n: 0 });
    db.close();
  });

  it('gives the insights a covering index on live timeline events (the service names it with INDEXED BY)', () => {
    const { db } = vaultAt(3);
    migrate(db, MIGRATIONS.slice(0, 4));
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT substr(start_date, 1, 7) AS month, kind, valence, count(*) FROM timeline_events INDEXED BY timeline_live_insights
          WHERE deleted_at IS NULL AND start_date BETWEEN ? AND ? GROUP BY month, kind, valence`,
      )
      .all('2024-01-01', '2024-12-31') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/COVERING INDEX timeline_live_insights/);
    db.close();
  });
});
