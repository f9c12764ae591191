import type { SearchHit, SearchKind, SearchResults, Segment } from '../../shared/search';
import { SEARCH_KINDS } from '../../shared/search';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

/**
 * Who looks after the index once a save has answered (see `deferUpkeep`). Registered per open connection by the
 * core; a connection without one (tests on a bare database, the worker's imports) deletes old rows on the spot.
 */
const upkeepSinks = new WeakMap<Db, (oldRow: number | null) => void>();

/**
 * Replacing an entry's words costs little to add and a lot to remove: FTS5's secure-delete rewrites one index page
 * per distinct term of the old text (about 1.4 MB of pages for a typical 50,000-entry vault entry), and merging the
 * index's segments (migration 007) rewrites more. So on a connection registered here the new row goes in with the
 * save, the save answers, and `sink` is told: with the old row, which it deletes (securely), or with null when there
 * is none; either way it then takes one step of upkeep (`upkeepStep`), all on the vault worker before the core takes its
 * next call. Until then the old row is no longer in `search_rows`, which is what `purgeRows` and `owedUpkeep` go
 * by, so a crash in between leaves an orphan that the next unlock removes.
 */
export function deferUpkeep(db: Db, sink: ((oldRow: number | null) => void) | null): void {
  if (sink) upkeepSinks.set(db, sink);
  else upkeepSinks.delete(db);
}

/**
 * Kinds whose earlier texts the vault keeps anyway (a timeline event's versions, and the trash), so replacing or
 * removing their index row need not erase the old words from the index there and then: the row is deleted the cheap
 * way (FTS5 leaves the words on their pages, marked deleted), instead of secure-delete's rewrite of one page per
 * distinct term. The words are erased once the vault lets go of the text itself: deleting an event forever calls
 * `needSweep`, and the index worker then rewrites the whole index (`upkeepStep`). Every other kind is deleted
 * securely at once.
 */
const KEPT_ELSEWHERE: ReadonlySet<SearchKind> = new Set(['timeline']);

function deleteRow(db: Db, row: number, kind: string): number {
  const remove = () => sql(db, 'DELETE FROM search_index WHERE rowid = ?').run(row).changes;
  if (!KEPT_ELSEWHERE.has(kind as SearchKind)) return remove();
  // One transaction (a savepoint when nested), so secure-delete is never left off.
  return db.transaction(() => {
    sql(db, `INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)`).run();
    const changes = remove();
    sql(db, `INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)`).run();
    return changes;
  })();
}

/** Each feature keeps its rows in the one full-text index through these two calls. */
export function indexEntry(db: Db, kind: SearchKind, refId: string, title: string, body: string): void {
  const found = sql<{ row: number }>(db, 'SELECT row FROM search_rows WHERE kind = ? AND ref_id = ?').get(kind, refId);
  if (found) {
    // Nothing to do when the words are the same (an edit of the date, the mood, the kind…).
    const current = sql<{ title: string; body: string }>(db, 'SELECT title, body FROM search_index WHERE rowid = ?').get(found.row);
    if (current && current.title === title && current.body === body) return;
  }
  const { lastInsertRowid } = sql(db, 'INSERT INTO search_index (kind, ref_id, title, body) VALUES (?, ?, ?, ?)').run(kind, refId, title, body);
  const sink = upkeepSinks.get(db);
  if (!found) {
    sql(db, 'INSERT INTO search_rows (kind, ref_id, row) VALUES (?, ?, ?)').run(kind, refId, lastInsertRowid);
    sink?.(null);
    return;
  }
  sql(db, 'UPDATE search_rows SET row = ? WHERE kind = ? AND ref_id = ?').run(lastInsertRowid, kind, refId);
  if (sink) sink(found.row);
  else deleteRow(db, found.row, kind);
}

/** Removed by row id (through search_rows), never by scanning the index; see KEPT_ELSEWHERE for how. */
export function removeEntry(db: Db, kind: SearchKind, refId: string): void {
  const found = sql<{ row: number }>(db, 'SELECT row FROM search_rows WHERE kind = ? AND ref_id = ?').get(kind, refId);
  if (!found) return;
  deleteRow(db, found.row, kind);
  sql(db, 'DELETE FROM search_rows WHERE kind = ? AND ref_id = ?').run(kind, refId);
}

/**
 * Delete index rows that no entry points at any more (as KEPT_ELSEWHERE says for their kind), in one transaction.
 * A row still in `search_rows` is never deleted, so a purge of a save that was rolled back does no harm.
 */
export function purgeRows(db: Db, rows: readonly number[]): number {
  let purged = 0;
  db.transaction(() => {
    for (const row of rows) {
      if (sql(db, 'SELECT 1 FROM search_rows WHERE row = ?').get(row)) continue;
      const found = sql<{ kind: string }>(db, 'SELECT kind FROM search_index WHERE rowid = ?').get(row);
      if (found) purged += deleteRow(db, row, found.kind);
    }
  })();
  return purged;
}

/** Pages one step of upkeep may write: tens of milliseconds on the worker, so calls waiting behind it barely notice. */
const STEP_PAGES = 500;

const segmentCount = (db: Db) => sql<{ n: number }>(db, 'SELECT count(DISTINCT segid) AS n FROM search_index_idx').get()!.n;

/** Ask for a sweep: the whole index rewritten, so no deleted words stay on its pages (see KEPT_ELSEWHERE). */
export function needSweep(db: Db): void {
  sql(db, 'INSERT OR IGNORE INTO search_sweep (id) VALUES (1)').run();
  upkeepSinks.get(db)?.(null);
}

/**
 * One bounded step of looking after the index, on the index worker after each save (migration 007 took this work
 * out of inserts): merge segments where a level has gathered enough of them, or, while a sweep is pending, merge
 * everything towards one segment, which leaves no deleted word behind. Returns whether a sweep is still pending.
 */
export function upkeepStep(db: Db): { sweepPending: boolean } {
  if (!sql(db, 'SELECT 1 FROM search_sweep').get()) {
    sql(db, `INSERT INTO search_index (search_index, rank) VALUES ('merge', ${STEP_PAGES})`).run();
    return { sweepPending: false };
  }
  sql(db, `INSERT INTO search_index (search_index, rank) VALUES ('merge', -${STEP_PAGES})`).run();
  if (segmentCount(db) > 1) return { sweepPending: true };
  sql(db, 'DELETE FROM search_sweep').run();
  return { sweepPending: false };
}

/** What upkeep a crash or a quit left owed: index rows no entry points at, and a sweep not finished (read only). */
export function owedUpkeep(db: Db): { rows: number[]; sweepPending: boolean } {
  const rows = sql<{ id: number }>(db, 'SELECT id FROM search_index_docsize WHERE id NOT IN (SELECT row FROM search_rows)')
    .all()
    .map((r) => r.id);
  return { rows, sweepPending: sql(db, 'SELECT 1 FROM search_sweep').get() !== undefined };
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

/** A row a query found, with its title and snippet still marked by FTS5 (OPEN/CLOSE). */
export interface Match {
  kind: SearchKind;
  refId: string;
  title: string;
  snippet: string;
}

/**
 * One query finds the best rows for every kind (ranked when the matches are few enough to rank quickly, newest first
 * otherwise); highlights are made only for the rows that are shown. The part of a search that reads FTS5: it runs on
 * the search worker's own connection (search/searcher.ts), so the event loop keeps turning.
 */
export function findMatches(db: Db, text: string, limit: number): Match[] {
  const match = toMatchQuery(text);
  if (!match) return [];
  // Counted up to one past the cap only: a two-letter prefix can match nearly every entry, and counting them all
  // (FTS5 walks the whole doclist) is what used to stall the window for seconds.
  const { matches } = sql<{ matches: number }>(
    db,
    'SELECT count(*) AS matches FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)',
  ).get(match, RANKED_UP_TO + 1)!;
  if (matches === 0) return [];
  const order = matches <= RANKED_UP_TO ? 'rank' : 'rowid DESC';
  const found = sql<{ row: number; kind: SearchKind; ref_id: string }>(
    db,
    `SELECT rowid AS row, kind, ref_id FROM search_index WHERE search_index MATCH ? ORDER BY ${order} LIMIT ?`,
  ).all(match, limit * SEARCH_KINDS.length);

  // Only the rows that are shown get highlights (snippets tokenize the whole text, ~1 ms a row on a long entry).
  const shown = SEARCH_KINDS.flatMap((kind) => found.filter((r) => r.kind === kind).slice(0, limit));
  // (The rows are named through json_each: FTS5 ignores a bound JavaScript number in `rowid = ?` next to MATCH.)
  const marked = new Map(
    sql<{ row: number; title: string; snippet: string }>(
      db,
      `SELECT rowid AS row, highlight(search_index, 2, '${OPEN}', '${CLOSE}') AS title,
              snippet(search_index, 3, '${OPEN}', '${CLOSE}', '…', 24) AS snippet
         FROM search_index WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
      .all(match, JSON.stringify(shown.map((r) => r.row)))
      .map((m) => [m.row, m]),
  );
  return shown.map((r) => ({ kind: r.kind, refId: r.ref_id, title: marked.get(r.row)?.title ?? '', snippet: marked.get(r.row)?.snippet ?? '' }));
}

/** The matches as the search dialog shows them: by kind, in order, each with the day from the feature that owns it. */
export function groupMatches(matches: readonly Match[], dates: DateLookup): SearchResults {
  const groups: SearchResults['groups'] = [];
  let total = 0;
  for (const kind of SEARCH_KINDS) {
    const rows = matches.filter((m) => m.kind === kind);
    if (!rows.length) continue;
    const when = dates(kind, rows.map((r) => r.refId));
    const hits: SearchHit[] = rows.map((r) => ({ id: r.refId, title: toSegments(r.title), snippet: toSegments(r.snippet), date: when.get(r.refId) ?? '' }));
    groups.push({ kind, hits });
    total += hits.length;
  }
  return { groups, total };
}

/** A whole search on one connection (the benchmark's baseline, and tests of the query itself). */
export function search(db: Db, text: string, limit: number, dates: DateLookup): SearchResults {
  return groupMatches(findMatches(db, text, limit), dates);
}
