import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openVaultFile, rekeyDatabase } from '../db/vault-file';

/**
 * The file work of a re-key, run on the vault worker (worker/jobs.ts 'rekey' and 'rekey-backups') while the main
 * connection is closed (VaultService.rekeyFile), so the window never waits for a whole database to be re-encrypted.
 */

/** Give the vault's database the next key. SQLCipher re-encrypts every page in one step. */
export function rekeyVaultFile(path: string, previous: Uint8Array, next: Uint8Array): void {
  const { db } = openVaultFile(path, previous);
  try {
    // A read the index worker started just before may still hold the file for a moment: wait for it, not fail.
    db.pragma('busy_timeout = 10000');
    rekeyDatabase(db, next);
  } finally {
    db.close();
  }
}

/**
 * The vault's own backups follow the new key, so they can still be restored while the old key (and with it the old
 * recovery code) opens none of them. Returns the names of those that could not be re-keyed: they still open with the
 * old secrets, and the person is told so.
 */
export function rekeyBackups(folder: string, previous: Uint8Array, next: Uint8Array, progress: (done: number, total: number) => void): string[] {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder).filter((n) => n.endsWith('.db'));
  const failed: string[] = [];
  names.forEach((name, i) => {
    progress(i, names.length);
    try {
      const { db } = openVaultFile(join(folder, name), previous);
      try {
        rekeyDatabase(db, next, { backup: true });
      } finally {
        db.close();
      }
    } catch {
      failed.push(name);
    }
  });
  progress(names.length, names.length);
  return failed;
}
