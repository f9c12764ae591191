import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/database';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { tempDir } from './helpers';

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

/** An encrypted vault database at a given version, with rows from every earlier feature in it. */
function vaultAt(version: 2 | 3) {
  const db = openDatabase(join(tempDir(), 'hearth.db'), randomBytes(32), { create: true }).db;
  db.pragma('foreign_keys = ON');
  expect(migrate(db, MIGRATIONS.slice(0, version))).toBe(version);
  db.prepare("INSERT INTO partners VALUES ('a', 'Sam', ?, ?), ('b', 'Alex', ?, ?)").run(NOW, NOW, NOW, NOW);
  db.prepare("INSERT INTO settings VALUES ('theme', '\"dark\"', ?)").run(NOW);
  const insert = db.prepare(
    `INSERT INTO timeline_events (id, kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, NULL, 'both', ?, 1, ?, ?, ?)`,
  );
  insert.run('e1', 'hard_moment', 'The airport', 'Missed the flight.', '2024-05-01', -2, NOW, NOW, null);
  insert.run('e2', 'repair', 'Breakfast after', 'We laughed about it.', '2024-05-02', 1, NOW, NOW, null);
  insert.run('e3', 'memory', 'In the trash', '', '2020-01-01', 0, NOW, NOW, NOW);
  db.prepare("INSERT INTO timeline_tags VALUES ('e1', 'travel')").run();
  db.prepare("INSERT INTO timeline_links VALUES ('e1', 'e2', ?)").run(NOW);
  db.prepare("INSERT INTO drafts VALUES ('timeline:new', '{\"title\":\"half\"}', NULL, ?)").run(NOW);
  db.prepare("INSERT INTO search_index (kind, ref_id, title, body) VALUES ('timeline', 'e1', 'The airport', 'Missed the flight.')").run();
  if (version === 3) {
    db.prepare(
      `INSERT INTO reflections (id, type, title, author, status, answers, event_id, repair_event_id, for_therapy, version, created_at, updated_at)
       VALUES ('r1', 'aftermath', 'After the airport', 'both', 'draft', '{}', 'e1', 'e2', 1, 1, ?, ?)`,
    ).run(NOW, NOW);
    db.prepare("INSERT INTO reflection_sides VALUES ('r1', 'a', '{\"feelings\":[\"hurt\"]}', 1, 2, ?)").run(NOW);
  }
  return db;
}

type Db = ReturnType<typeof vaultAt>;
const userTables = (db: Db) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const dump = (db: Db) => Object.fromEntries(userTables(db).map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));

describe('migration 004: check-ins and exercises', () => {
  it.each([3, 2] as const)('moves a version %i vault with rows to version 4, losing nothing', (version) => {
    const db = vaultAt(version);
    const before = dump(db);
    const tablesBefore = userTables(db);
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const reflectionTables = version === 2 ? ['reflection_check_backs', 'reflection_sides', 'reflections'] : [];
    expect(userTables(db)).toEqual([...tablesBefore, ...reflectionTables, ...NEW_TABLES].sort());
    const after = dump(db);
    for (const table of tablesBefore) expect(after[table], table).toEqual(before[table]);
    for (const table of [...reflectionTables, ...NEW_TABLES]) expect(after[table], table).toEqual([]);
    expect(db.prepare("SELECT ref_id FROM search_index WHERE search_index MATCH 'flig*'").all()).toEqual([{ ref_id: 'e1' }]);
    db.close();
  });

  it('creates tables that hold one open check-in, refuse what does not belong and cascade to their parts', () => {
    const db = vaultAt(3);
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
    const db = vaultAt(3);
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
