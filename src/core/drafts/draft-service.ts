import type { Draft } from '../../shared/drafts';
import { sql } from '../db/statements';
import type { VaultService } from '../vaults/vault-service';

/** Unsaved text, kept encrypted in the vault so a crash or a lock loses at most a few seconds. */
export class DraftService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  save(input: { key: string; content: string; baseVersion: number | null }): Draft {
    const savedAt = this.#vaults.clock.now().toISOString();
    sql(this.#vaults.requireUnlocked().db, 'INSERT OR REPLACE INTO drafts (key, content, base_version, saved_at) VALUES (?, ?, ?, ?)').run(
      input.key,
      input.content,
      input.baseVersion,
      savedAt,
    );
    return { ...input, savedAt };
  }

  get(key: string): Draft | null {
    const row = sql<{ key: string; content: string; base_version: number | null; saved_at: string }>(
      this.#vaults.requireUnlocked().db,
      'SELECT key, content, base_version, saved_at FROM drafts WHERE key = ?',
    ).get(key);
    return row ? { key: row.key, content: row.content, baseVersion: row.base_version, savedAt: row.saved_at } : null;
  }

  list(): { key: string; savedAt: string }[] {
    return sql<{ key: string; saved_at: string }>(this.#vaults.requireUnlocked().db, 'SELECT key, saved_at FROM drafts ORDER BY saved_at DESC')
      .all()
      .map((r) => ({ key: r.key, savedAt: r.saved_at }));
  }

  discard(key: string): void {
    sql(this.#vaults.requireUnlocked().db, 'DELETE FROM drafts WHERE key = ?').run(key);
  }
}
