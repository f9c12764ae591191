import type { SearchHit, SearchKind, SearchResults, Segment } from '../../../shared/search';
import { SEARCH_KINDS } from '../../../shared/search';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

/** Each feature keeps its rows in the one full-text index through these two calls. */
export function indexEntry(db: Db, kind: SearchKind, refId: string, title: string, body: string): void {
  removeEntry(db, kind, refId);
  const { lastInsertRowid } = sql(db, 'INSERT INTO search_index (kind, ref_id, title, body) VALUES (?, ?, ?, ?)').run(kind, refId, title, body);
  sql(db, 'INSERT INTO search_rows (kind, ref_id, row) VALUES (?, ?, ?)').run(kind, refId, lastInsertRowid);
}

/** Removed by row id (through search_rows), never by scanning the index; secure-delete overwrites the words. */
export function removeEntry(db: Db, kind: SearchKind, refId: string): void {
  const found = sql<{ row: number }>(db, 'SELECT row FROM search_rows WHERE kind = ? AND ref_id = ?').get(kind, refId);
  if (!found) return;
  sql(db, 'DELETE FROM search_index WHERE rowid = ?').run(found.row);
  sql(db, 'DELETE FROM search_rows WHERE kind = ? AND ref_id = ?').run(kind, refId);
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
  // A one-letter prefix would walk the whole dictionary; one letter is matched as a word.
  return words.length ? words.map((w) => (w.length > 1 ? `"${w}"*` : `"${w}"`)).join(' ') : null;
}

/** Above this many matches, relevance ranking costs more than it helps: show the newest instead. */
const RANKED_UP_TO = 2_000;

/** Dates come from the feature that owns the row. */
export type DateLookup = (kind: SearchKind, ids: string[]) => Map<string, string>;

/**
 * One query finds the best rows for every kind (ranked when the matches are few enough to rank
 * quickly, newest first otherwise); highlights are made only for the rows that are shown.
 */
export function search(db: Db, text: string, limit: number, dates: DateLookup): SearchResults {
  const match = toMatchQuery(text);
  if (!match) return { groups: [], total: 0 };
  const { matches } = sql<{ matches: number }>(db, 'SELECT count(*) AS matches FROM search_index WHERE search_index MATCH ?').get(match)!;
  if (matches === 0) return { groups: [], total: 0 };
  const order = matches <= RANKED_UP_TO ? 'rank' : 'rowid DESC';
  const found = sql<{ row: number; kind: SearchKind; ref_id: string }>(
    db,
    `SELECT rowid AS row, kind, ref_id FROM search_index WHERE search_index MATCH ? ORDER BY ${order} LIMIT ?`,
  ).all(match, limit * SEARCH_KINDS.length);

  // Highlights for the shown rows only. (The rows are named through json_each: FTS5 ignores a bound
  // JavaScript number in `rowid = ?` next to MATCH.)
  const marked = new Map(
    sql<{ row: number; title: string; snippet: string }>(
      db,
      `SELECT rowid AS row, highlight(search_index, 2, '${OPEN}', '${CLOSE}') AS title,
              snippet(search_index, 3, '${OPEN}', '${CLOSE}', '…', 24) AS snippet
         FROM search_index WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
      .all(match, JSON.stringify(found.map((r) => r.row)))
      .map((m) => [m.row, m]),
  );
  const groups: SearchResults['groups'] = [];
  let total = 0;
  for (const kind of SEARCH_KINDS) {
    const rows = found.filter((r) => r.kind === kind).slice(0, limit);
    if (rows.length === 0) continue;
    const when = dates(kind, rows.map((r) => r.ref_id));
    const hits: SearchHit[] = rows.map((r) => {
      const m = marked.get(r.row);
      return { id: r.ref_id, title: toSegments(m?.title ?? ''), snippet: toSegments(m?.snippet ?? ''), date: when.get(r.ref_id) ?? '' };
    });
    groups.push({ kind, hits });
    total += hits.length;
  }
  return { groups, total };
}
