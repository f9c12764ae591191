import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';
import { HearthError } from '../../shared/errors';
import type { Db } from './database';

/**
 * A vault database file under its SQLCipher key: opening it (`openVaultFile`) and giving it a new key
 * (`rekeyDatabase`). The only place in the core that writes SQLCipher's key pragmas; every connection to a vault file,
 * its backups and its copies is made here (the unlocked vault, the worker's, a re-key's, a backup's check).
 */

export interface OpenOptions {
  /** Create the file if it is missing (only when making a new vault). */
  create?: boolean;
  /**
   * Read only, for a check that must never change the file it checks (backups/copy.ts `verifyCopy`). The file must
   * exist; a missing or cut-short one fails as SQLite reports it, for the caller to name (the messages here speak of
   * the vault's own hearth.db).
   */
  readonly?: boolean;
}

/** The pragma form of a raw 256-bit SQLCipher key; SQLCipher skips its own KDF for it. */
function rawKey(key: Uint8Array): string {
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
export function openVaultFile(path: string, key: Uint8Array, options: OpenOptions = {}): { db: Db; userVersion: number } {
  if (!options.create && !options.readonly) assertLooksLikeVault(path);
  const db = options.readonly ? new Database(path, { readonly: true, fileMustExist: true }) : new Database(path);
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

function assertLooksLikeVault(path: string): void {
  if (!existsSync(path)) {
    throw new HearthError('CORRUPT', "The vault's database file (hearth.db) is missing. Restore a backup; nothing was changed.", { reason: 'database' });
  }
  const size = statSync(path).size;
  if (size === 0 || size % 512 !== 0) {
    throw new HearthError('CORRUPT', 'The vault file is damaged or cut short. Restore a backup; nothing was changed.', { reason: 'database' });
  }
}

/**
 * Replace the database's key. SQLCipher cannot re-key in WAL mode, so it steps out of it and back; a backup
 * (`backup`) steps out only, and stays in rollback-journal mode.
 */
export function rekeyDatabase(db: Db, nextKey: Uint8Array, options: { backup?: boolean } = {}): void {
  if (!options.backup) db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey=${rawKey(nextKey)}`);
  if (!options.backup) db.pragma('journal_mode = WAL');
}
