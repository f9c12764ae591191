import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/database';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { tempDir } from './helpers';

const NOW = '2026-11-26T10:00:00.000Z';

/** An encrypted vault database at version 2, with timeline rows of every kind in it. */
function vaultAtVersion2() {
  const db = openDatabase(join(tempDir(), 'hearth.db'), randomBytes(32), { create: true }).db;
  expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
  db.prepare("INSERT INTO partners VALUES ('a', 'Sam', ?, ?), ('b', 'Alex', ?, ?)").run(NOW, NOW, NOW, NOW);
  const insert = db.prepare(
    `INSERT INTO timeline_events (id, kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, NULL, 'both', ?, 1, ?, ?, ?)`,
  );
  insert.run('e1', 'hard_moment', 'The airport', 'Missed the flight.', '2024-05-01', -2, NOW, NOW, null);
  insert.run('e2', 'repair', 'Breakfast after', 'We laughed about it.', '2024-05-02', 1, NOW, NOW, null);
  insert.run('e3', 'memory', 'In the trash', '', '2020-01-01', 0, NOW, NOW, NOW);
  db.prepare("INSERT INTO timeline_tags VALUES ('e1', 'travel')").run();
  db.prepare("INSERT INTO timeline_links VALUES ('e1', 'e2', ?)").run(NOW);
  db.prepare("INSERT INTO timeline_versions VALUES ('e1', 1, ?, '{}')").run(NOW);
  db.prepare("INSERT INTO drafts VALUES ('timeline:new', '{\"title\":\"half\"}', NULL, ?)").run(NOW);
  db.prepare("INSERT INTO search_index (kind, ref_id, title, body) VALUES ('timeline', 'e1', 'The airport', 'Missed the flight.')").run();
  return db;
}

const tables = (db: ReturnType<typeof vaultAtVersion2>) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

const dump = (db: ReturnType<typeof vaultAtVersion2>) =>
  Object.fromEntries(
    ['partners', 'timeline_events', 'timeline_tags', 'timeline_links', 'timeline_versions', 'drafts'].map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]),
  );

describe('migration 003: reflections', () => {
  it('moves a version 2 vault with timeline rows to version 3, losing nothing', () => {
    const db = vaultAtVersion2();
    const before = dump(db);
    const tablesBefore = tables(db);
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(dump(db)).toEqual(before);
    expect(tables(db)).toEqual([...tablesBefore, 'reflection_check_backs', 'reflection_sides', 'reflections'].sort());
    expect(db.prepare("SELECT ref_id FROM search_index WHERE search_index MATCH 'flig*'").all()).toEqual([{ ref_id: 'e1' }]);
    db.close();
  });

  it('creates tables that link to timeline events, cascade to their parts, and refuse what does not belong', () => {
    const db = vaultAtVersion2();
    migrate(db, MIGRATIONS.slice(0, 3));
    const insert = db.prepare(
      `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, for_therapy, version, created_at, updated_at)
       VALUES (?, ?, 'A title', ?, 'draft', '{}', ?, ?, 0, 1, ?, ?)`,
    );
    insert.run('r1', 'aftermath', 'both', 'e1', 'e2', NOW, NOW);
    insert.run('r2', 'conflict', 'a', 'e1', null, NOW, NOW);
    db.prepare("INSERT INTO reflection_sides VALUES ('r1', 'a', '{}', 0, 1, NULL), ('r1', 'b', '{}', 1, 2, ?)").run(NOW);
    db.prepare("INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES ('r2', '2026-11-26', 'not_yet', '', ?)").run(NOW);

    expect(() => insert.run('r3', 'rant', 'a', null, null, NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('r3', 'conflict', 'c', null, null, NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('r3', 'conflict', 'a', 'no-such-event', null, NOW, NOW)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO reflection_sides VALUES ('r1', 'c', '{}', 0, 1, NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO reflection_check_backs (reflection_id, date, decision, note, saved_at) VALUES ('r2', 'x', 'maybe', '', 'x')").run()).toThrow(/CHECK/);

    // Deleting an event for good keeps the reflection and clears the link.
    db.prepare("DELETE FROM timeline_events WHERE id = 'e1'").run();
    expect(db.prepare('SELECT id, event_id, repair_event_id FROM reflections ORDER BY id').all()).toEqual([
      { id: 'r1', event_id: null, repair_event_id: 'e2' },
      { id: 'r2', event_id: null, repair_event_id: null },
    ]);
    // Deleting a reflection takes its sides and check-backs with it.
    db.prepare('DELETE FROM reflections').run();
    expect(db.prepare('SELECT count(*) AS n FROM reflection_sides').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM reflection_check_backs').get()).toEqual({ n: 0 });
    db.close();
  });
});
