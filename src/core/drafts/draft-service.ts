import type { Draft } from '../../shared/drafts';
import { AreaService } from '../area-service';
import { deleteDraft, draftKeys, findDraft, putDraft } from './draft-repository';

/** Unsaved text, kept encrypted in the vault so a crash or a lock loses at most a few seconds. */
export class DraftService extends AreaService {
  save(input: { key: string; content: string; baseVersion: number | null }): Draft {
    const savedAt = this.timestamp();
    putDraft(this.db, { ...input, savedAt });
    return { ...input, savedAt };
  }

  get(key: string): Draft | null {
    return findDraft(this.db, key) ?? null;
  }

  list(): { key: string; savedAt: string }[] {
    return draftKeys(this.db);
  }

  discard(key: string): void {
    deleteDraft(this.db, key);
  }
}
