import type { TimelineEvent } from '../../shared/timeline';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

// Links between timeline events (`timeline_links`, undirected, the smaller id first): every statement on them.

/** A link as stored. */
export interface StoredLink {
  a: string;
  b: string;
  createdAt: string;
}

/** The live events linked to one, by date. */
export function linksOf(db: Db, id: string): TimelineEvent['links'] {
  return sql<{ id: string; kind: TimelineEvent['kind']; title: string; start_date: string }>(
    db,
    `SELECT e.id, e.kind, e.title, e.start_date FROM timeline_links l
       JOIN timeline_events e ON e.id = CASE WHEN l.a = ? THEN l.b ELSE l.a END
      WHERE (l.a = ? OR l.b = ?) AND e.deleted_at IS NULL
      ORDER BY e.start_date, e.id`,
  )
    .all(id, id, id)
    .map((r) => ({ id: r.id, kind: r.kind, title: r.title, startDate: r.start_date }));
}

/** Every link, by its two ids (the full export's order). */
export function allLinks(db: Db): StoredLink[] {
  return sql<{ a: string; b: string; created_at: string }>(db, 'SELECT a, b, created_at FROM timeline_links ORDER BY a, b')
    .all()
    .map((l) => ({ a: l.a, b: l.b, createdAt: l.created_at }));
}

/** Links two events unless they are linked already; true when the link is new. */
export function insertLink(db: Db, link: StoredLink): boolean {
  return sql(db, 'INSERT OR IGNORE INTO timeline_links (a, b, created_at) VALUES (?, ?, ?)').run(link.a, link.b, link.createdAt).changes > 0;
}

export function deleteLink(db: Db, a: string, b: string): void {
  sql(db, 'DELETE FROM timeline_links WHERE a = ? AND b = ?').run(a, b);
}
