import type Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { HearthError } from '../../shared/errors';

export type Db = Database.Database;

/**
 * The name the tests and bench/ open a vault file by; the core calls `openVaultFile` (vault-file.ts, where the key
 * pragmas are written).
 */
export { openVaultFile as openDatabase } from './vault-file';

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

const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when a file starts with SQLite's plaintext header, i.e. is not encrypted. */
export function hasPlaintextHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, PLAIN_SQLITE_HEADER.length)).equals(PLAIN_SQLITE_HEADER);
}

function restrictFiles(path: string): void {
  if (process.platform === 'win32') return;
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
