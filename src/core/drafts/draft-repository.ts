import type { Draft } from '../../shared/drafts';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

// The drafts table: every statement on it, and its row read as a draft (what the app and the full export both hold).

type DraftRow = { key: string; content: string; base_version: number | null; saved_at: string };

const toDraft = (r: DraftRow): Draft => ({ key: r.key, content: r.content, baseVersion: r.base_version, savedAt: r.saved_at });

export function findDraft(db: Db, key: string): Draft | undefined {
  const row = sql<DraftRow>(db, 'SELECT key, content, base_version, saved_at FROM drafts WHERE key = ?').get(key);
  return row ? toDraft(row) : undefined;
}

/** Every draft, by key (the full export's order). */
export function allDrafts(db: Db): Draft[] {
  return sql<DraftRow>(db, 'SELECT key, content, base_version, saved_at FROM drafts ORDER BY key').all().map(toDraft);
}

/** Which drafts there are, the last saved first. */
export function draftKeys(db: Db): { key: string; savedAt: string }[] {
  return sql<{ key: string; saved_at: string }>(db, 'SELECT key, saved_at FROM drafts ORDER BY saved_at DESC')
    .all()
    .map((r) => ({ key: r.key, savedAt: r.saved_at }));
}

/** Writes the draft under its key, replacing any draft there. */
export function putDraft(db: Db, draft: Draft): void {
  sql(db, 'INSERT OR REPLACE INTO drafts (key, content, base_version, saved_at) VALUES (?, ?, ?, ?)').run(draft.key, draft.content, draft.baseVersion, draft.savedAt);
}

export function deleteDraft(db: Db, key: string): void {
  sql(db, 'DELETE FROM drafts WHERE key = ?').run(key);
}

/** A draft under `key`, and every draft under a key that begins `<key>-` (an aftermath's sides: `reflection:<id>-a`). */
export function deleteDraftsOf(db: Db, key: string): void {
  sql(db, 'DELETE FROM drafts WHERE key = ? OR key GLOB ?').run(key, `${key}-*`);
}
