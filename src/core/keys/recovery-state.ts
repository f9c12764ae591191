import type { Db } from '../db/database';

/**
 * Whether the vault's recovery code was last changed without the couple seeing the new one: a re-key the database
 * finished while Hearth was locked or stopped before it could show the code. Kept inside the encrypted database,
 * shown in the session until a new code is made (KeyService clears it after every re-key that shows its code).
 */
const SETTING = 'recovery.unseen';

export function markRecoveryCodeUnseen(db: Db, now: Date): void {
  db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(
    SETTING,
    'true',
    now.toISOString(),
  );
}

export function clearRecoveryCodeUnseen(db: Db): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(SETTING);
}

export function recoveryCodeUnseen(db: Db): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SETTING) !== undefined;
}

export const RECOVERY_UNSEEN_SETTING = SETTING;
