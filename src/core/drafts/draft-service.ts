import type { Draft } from '../../shared/drafts';
import type { VaultService } from '../vaults/vault-service';
import { deleteDraft, draftKeys, findDraft, putDraft } from './draft-repository';

/** Unsaved text, kept encrypted in the vault so a crash or a lock loses at most a few seconds. */
export class DraftService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  save(input: { key: string; content: string; baseVersion: number | null }): Draft {
    const savedAt = this.#vaults.clock.now().toISOString();
    putDraft(this.#vaults.requireUnlocked().db, { ...input, savedAt });
    return { ...input, savedAt };
  }

  get(key: string): Draft | null {
    return findDraft(this.#vaults.requireUnlocked().db, key) ?? null;
  }

  list(): { key: string; savedAt: string }[] {
    return draftKeys(this.#vaults.requireUnlocked().db);
  }

  discard(key: string): void {
    deleteDraft(this.#vaults.requireUnlocked().db, key);
  }
}
