import type Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHearthError } from '../../src/core/errors';
import { openDatabase } from '../../src/core/db/database';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { tempDir } from './helpers';

function rows(db: Database.Database, table: string): unknown[] {
  return db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
}

describe('a vault made by the first schema version', () => {
  it('migrates to the current version with every row of every table intact', () => {
    const db = openDatabase(join(tempDir(), 'hearth.db'), randomBytes(32), { create: true }).db;
    migrate(db, MIGRATIONS.slice(0, 1));
    db.exec(`
      INSERT INTO partners VALUES ('a', 'Sam', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
      INSERT INTO partners VALUES ('b', 'Alex ✨ Łódź', '2020-01-01T00:00:00.000Z', '2021-05-05T00:00:00.000Z');
      INSERT INTO settings VALUES ('theme', '"system"', '2020-01-02T00:00:00.000Z');
      INSERT INTO settings VALUES ('checkin', '{"weekday":0}', '2020-01-03T00:00:00.000Z');
      INSERT INTO key_slot_labels VALUES ('7a0e4c1e-5a3b-4c8e-9a3d-1f2e3d4c5b6a', 'Sam''s laptop passphrase');
    `);
    const v1Tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const before = Object.fromEntries(v1Tables.map((t) => [t, rows(db, t)]));
    expect(Object.values(before).every((r) => r.length > 0)).toBe(true);

    expect(migrate(db)).toBe(LATEST_VERSION);
    for (const table of v1Tables) expect(rows(db, table), table).toEqual(before[table]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('a full disk', () => {
  it("becomes IO with words about space, from SQLite's own error", () => {
    const db = openDatabase(join(tempDir(), 'hearth.db'), randomBytes(32), { create: true }).db;
    migrate(db);
    // A page limit makes SQLite answer exactly as it does when the disk is full.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    let error: unknown;
    try {
      db.prepare('INSERT INTO settings VALUES (?, ?, ?)').run('big', 'x'.repeat(100_000), 'now');
    } catch (e) {
      error = e;
    }
    expect((error as { code: string }).code).toBe('SQLITE_FULL');
    expect(toHearthError(error)).toMatchObject({ code: 'IO', message: expect.stringMatching(/disk is full/) });
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'big'").get()).toEqual({ n: 0 });
    db.close();
  });
});
