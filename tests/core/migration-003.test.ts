import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { copyOldVault, expectSchema2Content, OLD_VAULTS, openOldVaultFile, type Schema2Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore, type VaultFile } from './helpers';

const NOW = '2026-11-26T10:00:00.000Z';

/**
 * A copy of the vault Hearth made at 31e0b0e, the last commit before migrations 003–005: schema version 2, with
 * timeline events of every kind, a photo, tags, a link, an earlier version, one event in the trash, a draft and the
 * search index (tests/fixtures/vaults/make-vault-schema2.mts).
 */
function vaultAtVersion2() {
  const vault = copyOldVault<Schema2Ids>(OLD_VAULTS.schema2);
  const db = openOldVaultFile(vault);
  expect(db.pragma('user_version', { simple: true })).toBe(2);
  return { vault, db, ids: vault.contents.ids };
}

const tables = (db: VaultFile) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

const dump = (db: VaultFile) =>
  Object.fromEntries(
    ['partners', 'key_slot_labels', 'timeline_events', 'timeline_tags', 'timeline_links', 'timeline_versions', 'photos', 'photo_bytes', 'drafts'].map((t) => [
      t,
      db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all(),
    ]),
  );

describe('migration 003: reflections', () => {
  it('moves a version 2 vault with timeline rows to version 3, losing nothing', async () => {
    const { vault, db, ids } = vaultAtVersion2();
    const before = dump(db);
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);
    const tablesBefore = tables(db);
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(dump(db)).toEqual(before);
    expect(tables(db)).toEqual([...tablesBefore, 'reflection_check_backs', 'reflection_sides', 'reflections'].sort());
    expect(db.prepare("SELECT ref_id FROM search_index WHERE search_index MATCH 'flig*'").all()).toEqual([{ ref_id: ids.airport }]);
    db.close();

    // Today's core takes it the rest of the way and shows everything the version 2 Hearth wrote.
    const t = newCore();
    await unlockOldVault(t, vault);
    await expectSchema2Content(t, vault.contents);
  });

  it('creates tables that link to timeline events, cascade to their parts, and refuse what does not belong', () => {
    const { db, ids } = vaultAtVersion2();
    migrate(db, MIGRATIONS.slice(0, 3));
    const insert = db.prepare(
      `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, for_therapy, version, created_at, updated_at)
       VALUES (?, ?, 'A title', ?, 'draft', '{}', ?, ?, 0, 1, ?, ?)`,
    );
    insert.run('r1', 'aftermath', 'both', ids.airport, ids.breakfast, NOW, NOW);
    insert.run('r2', 'conflict', 'a', ids.airport, null, NOW, NOW);
    db.prepare("INSERT INTO reflection_sides VALUES ('r1', 'a', '{}', 0, 1, NULL), ('r1', 'b', '{}', 1, 2, ?)").run(NOW);
    db.prepare("INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES ('r2', '2026-11-26', 'not_yet', '', ?)").run(NOW);

    expect(() => insert.run('r3', 'rant', 'a', null, null, NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('r3', 'conflict', 'c', null, null, NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('r3', 'conflict', 'a', 'no-such-event', null, NOW, NOW)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO reflection_sides VALUES ('r1', 'c', '{}', 0, 1, NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES ('r2', 'x', 'maybe', '', 'x')").run()).toThrow(/CHECK/);

    // Deleting an event for good keeps the reflection and clears the link.
    db.prepare('DELETE FROM timeline_events WHERE id = ?').run(ids.airport);
    expect(db.prepare('SELECT id, event_id, repair_event_id FROM reflections ORDER BY id').all()).toEqual([
      { id: 'r1', event_id: null, repair_event_id: ids.breakfast },
      { id: 'r2', event_id: null, repair_event_id: null },
    ]);
    // Deleting a reflection takes its sides and check-backs with it.
    db.prepare('DELETE FROM reflections').run();
    expect(db.prepare('SELECT count(*) AS n FROM reflection_sides').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM reflection_check_backs').get()).toEqual({ n: 0 });
    db.close();
  });
});
