import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { HearthError } from '../../shared/errors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file if it is missing (only when making a new vault). */
  create?: boolean;
}

const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The pragma form of a raw 256-bit SQLCipher key; SQLCipher skips its own KDF for it. */
export function rawKey(key: Uint8Array): string {
  return `"x'${Buffer.from(key).toString('hex')}'"`;
}

function applyKey(db: Db, key: Uint8Array): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key=${rawKey(key)}`);
}

/**
 * Open a vault database in SQLCipher 4 format. Reads before it writes: a wrong key, a foreign or
 * damaged file, or a file from a newer Hearth is refused before anything touches the disk.
 */
export function openDatabase(path: string, key: Uint8Array, options: OpenOptions = {}): { db: Db; userVersion: number } {
  if (!options.create) assertLooksLikeVault(path);
  const db = new Database(path);
  try {
    applyKey(db, key);
    // The first read decrypts page 1: a wrong key fails here with SQLITE_NOTADB.
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return { db, userVersion };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The settings every connection uses, applied once the file is known to be ours and current. */
export function configureDatabase(db: Db, path: string): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  // 32 MB of decrypted pages (SQLite's default is 2 MB): the hot part of a large vault (the timeline's index, the
  // full-text index pages a save rewrites) stays decrypted instead of being decrypted again on every read.
  db.pragma('cache_size = -32768');
  // Checkpoints happen on the index worker after each purge (worker/jobs.ts) rather than inside a save's commit;
  // this only bounds the WAL if they fall behind.
  db.pragma('wal_autocheckpoint = 8000');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  restrictFiles(path);
}

/** Check the size on disk against the page count the header records, so a truncated file is never written to. */
export function assertNotTruncated(db: Db, path: string): void {
  if (existsSync(`${path}-wal`)) return; // pages may live in the WAL until the next checkpoint
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  if (statSync(path).size < pageSize * pageCount) {
    throw new HearthError('CORRUPT', 'The vault file is shorter than it should be: part of it is missing. Restore a backup; nothing was changed.', { reason: 'database' });
  }
}

function assertLooksLikeVault(path: string): void {
  if (!existsSync(path)) {
    throw new HearthError('CORRUPT', "The vault's database file (hearth.db) is missing. Restore a backup; nothing was changed.", { reason: 'database' });
  }
  const size = statSync(path).size;
  if (size === 0 || size % 512 !== 0) {
    throw new HearthError('CORRUPT', 'The vault file is damaged or cut short. Restore a backup; nothing was changed.', { reason: 'database' });
  }
}

/** True when a file starts with SQLite's plaintext header, i.e. is not encrypted. */
export function hasPlaintextHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, PLAIN_SQLITE_HEADER.length)).equals(PLAIN_SQLITE_HEADER);
}

/** Replace the database's key. SQLCipher cannot re-key in WAL mode, so it steps out of it and back. */
export function rekeyDatabase(db: Db, nextKey: Uint8Array): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey=${rawKey(nextKey)}`);
  db.pragma('journal_mode = WAL');
}

function restrictFiles(path: string): void {
  if (process.platform === 'win32') return;
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
