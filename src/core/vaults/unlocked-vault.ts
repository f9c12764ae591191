import type { Partner } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import type { Db } from '../db/database';
import type { VaultMeta } from './folder';

/** An open vault: the database connection and the data key, both gone after `close()`. */
export class UnlockedVault {
  readonly dir: string;
  readonly meta: VaultMeta;
  readonly unlockedWith: 'passphrase' | 'recovery';
  #db: Db | null;
  #dataKey: Buffer;

  constructor(init: { dir: string; meta: VaultMeta; db: Db; dataKey: Buffer; unlockedWith: 'passphrase' | 'recovery' }) {
    this.dir = init.dir;
    this.meta = init.meta;
    this.unlockedWith = init.unlockedWith;
    this.#db = init.db;
    this.#dataKey = init.dataKey;
  }

  get db(): Db {
    if (!this.#db) throw new HearthError('VAULT_LOCKED', 'Hearth locked before this could finish; nothing more was saved. Unlock it to go on.');
    return this.#db;
  }

  get dataKey(): Buffer {
    return this.#dataKey;
  }

  /** Swap in a new data key after a re-key, wiping the old one. */
  replaceDataKey(next: Buffer): void {
    this.#dataKey.fill(0);
    this.#dataKey = next;
  }

  partners(): Partner[] {
    return readPartners(this.db);
  }

  close(): void {
    this.#db?.close();
    this.#db = null;
    this.#dataKey.fill(0);
  }
}

/** The two partners, as the vault was created with them. */
export function readPartners(db: Db): Partner[] {
  return db.prepare('SELECT id, name FROM partners ORDER BY id').all() as Partner[];
}
