import type Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/database';
import { LATEST_VERSION, migrate, MIGRATIONS, type Migration } from '../../src/core/db/migrations';
import { tempDir } from './helpers';

function encryptedDb() {
  const path = join(tempDir(), 'hearth.db');
  return openDatabase(path, randomBytes(32), { create: true }).db;
}

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates the partners, settings and slot-label tables on an empty encrypted vault', () => {
    const db = encryptedDb();
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toBe(1);
    expect(tables(db)).toEqual(['key_slot_labels', 'partners', 'settings']);
    db.prepare("INSERT INTO partners VALUES ('a', 'Sam', 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO partners VALUES ('c', 'Nobody', 'x', 'x')").run()).toThrow(/CHECK/);
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT name FROM partners').all()).toEqual([{ name: 'Sam' }]);
    db.close();
  });

  it('runs every pending step in one transaction: a failing step leaves the vault untouched', () => {
    const db = encryptedDb();
    const failing: Migration = {
      version: 2,
      name: 'fails halfway',
      up(d) {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [MIGRATIONS[0]!, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('refuses a database newer than the code with TOO_NEW', () => {
    const db = encryptedDb();
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'TOO_NEW' }));
    db.close();
  });

  it('refuses a list whose versions do not increase by one', () => {
    const db = encryptedDb();
    expect(() => migrate(db, [{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/);
    db.close();
  });
});
