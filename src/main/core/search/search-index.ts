import type { SearchHit, SearchKind, SearchResults, Segment } from '../../../shared/search';
import { SEARCH_KINDS } from '../../../shared/search';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

/** Each feature keeps its rows in the one full-text index through these two calls. */
export function indexEntry(db: Db, kind: SearchKind, refId: string, title: string, body: string): void {
  removeEntry(db, kind, refId);
  sql(db, 'INSERT INTO search_index (kind, ref_id, title, body) VALUES (?, ?, ?, ?)').run(kind, refId, title, body);
}

export function removeEntry(db: Db, kind: SearchKind, refId: string): void {
  sql(db, 'DELETE FROM search_index WHERE kind = ? AND ref_id = ?').run(kind, refId);
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Split FTS5's marked text into plain segments, so the renderer never sees HTML. */
export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of marked.split(OPEN)) {
    const [matched, rest] = part.includes(CLOSE) ? part.split(CLOSE, 2) : [null, part];
    if (matched) segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

/**
 * Turn what a person typed into an FTS5 query: each word quoted (so no syntax leaks in) and
 * matched as a prefix, all words required.
 */
export function toMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}_']+/u)
    .map((w) => w.replaceAll('"', '').replaceAll("'", ''))
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

type Row = { kind: SearchKind; ref_id: string; title: string; snippet: string };

/** Dates come from the feature that owns the row. */
export type DateLookup = (kind: SearchKind, ids: string[]) => Map<string, string>;

export function search(db: Db, text: string, limit: number, dates: DateLookup): SearchResults {
  const match = toMatchQuery(text);
  if (!match) return { groups: [], total: 0 };
  const groups: SearchResults['groups'] = [];
  let total = 0;
  for (const kind of SEARCH_KINDS) {
    const rows = sql<Row>(
      db,
      `SELECT kind, ref_id,
              highlight(search_index, 2, '${OPEN}', '${CLOSE}') AS title,
              snippet(search_index, 3, '${OPEN}', '${CLOSE}', '…', 24) AS snippet
         FROM search_index
        WHERE search_index MATCH ? AND kind = ?
        ORDER BY rank
        LIMIT ?`,
    ).all(match, kind, limit);
    if (rows.length === 0) continue;
    const when = dates(kind, rows.map((r) => r.ref_id));
    const hits: SearchHit[] = rows.map((r) => ({ id: r.ref_id, title: toSegments(r.title), snippet: toSegments(r.snippet), date: when.get(r.ref_id) ?? '' }));
    groups.push({ kind, hits });
    total += hits.length;
  }
  return { groups, total };
}
