import type { EventKind } from '../../shared/timeline';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

// What the insights read of the timeline: live events counted by month, kind and valence, and hard moments paired
// with the repairs that followed them.

export type CountRow = { month: string; kind: EventKind; valence: number; n: number };

/**
 * Live events by month, kind and valence that start from `from` to `to` (days, both included), sorted by month.
 * Whole months come from the counts the triggers keep (migration 006); a month the range only partly covers is
 * counted from its own events, through the date index, so the cost never grows with the size of the vault.
 */
export function timelineCounts(db: Db, from: string, to: string): CountRow[] {
  const [first, last] = [from.slice(0, 7), to.slice(0, 7)];
  const fromWhole = from <= `${first}-01`;
  const toWhole = to >= `${last}-31`;
  const rows = sql<CountRow>(
    db,
    `SELECT month, kind, valence, n FROM timeline_month_counts
      WHERE month ${fromWhole ? '>=' : '>'} ? AND month ${toWhole ? '<=' : '<'} ?`,
  ).all(first, last);
  const direct = (lo: string, hi: string) =>
    sql<CountRow>(
      db,
      `SELECT substr(start_date, 1, 7) AS month, kind, valence, count(*) AS n
         FROM timeline_events INDEXED BY timeline_live_insights
        WHERE deleted_at IS NULL AND start_date BETWEEN ? AND ?
        GROUP BY month, kind, valence`,
    ).all(lo, hi);
  if (!fromWhole) rows.push(...direct(from, first === last ? to : `${first}-99`));
  if (!toWhole && (fromWhole || first !== last)) rows.push(...direct(first === last ? from : `${last}-00`, to));
  return rows.sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
}

/** A hard moment and the repair that followed it, and how many days lay between them. */
export interface RepairPair {
  hardMomentId: string;
  hardMomentTitle: string;
  hardMomentDate: string;
  repairId: string;
  repairTitle: string;
  repairDate: string;
  days: number;
}

/**
 * Each live hard moment starting from `from` to `to` (days, both included) with its earliest live repair on or after
 * it, in the order of the hard moments.
 */
export function repairPairs(db: Db, from: string, to: string): RepairPair[] {
  // A hard moment and a repair belong together when the timeline links them (either way round) or a
  // reflection about the one was resolved by the other; each pairs with its earliest repair on or after it.
  // CROSS JOIN keeps the links as the outer loop (each event then found by id): otherwise SQLite walks every
  // live event in the date range and reads its row to test its kind, a cost that grows with the vault.
  return sql<{ hid: string; htitle: string; hdate: string; rid: string; rtitle: string; rdate: string; days: number }>(
    db,
    `WITH linked (one, two) AS (
       SELECT a, b FROM timeline_links
       UNION SELECT b, a FROM timeline_links
       UNION SELECT event_id, repair_event_id FROM reflections WHERE event_id IS NOT NULL AND repair_event_id IS NOT NULL
     ), ranked AS (
       SELECT h.id AS hid, h.title AS htitle, h.start_date AS hdate, r.id AS rid, r.title AS rtitle, r.start_date AS rdate,
              CAST(julianday(r.start_date) - julianday(h.start_date) AS INTEGER) AS days,
              row_number() OVER (PARTITION BY h.id ORDER BY r.start_date, r.id) AS nth
         FROM linked p
         CROSS JOIN timeline_events h ON h.id = p.one AND h.kind = 'hard_moment' AND h.deleted_at IS NULL
         CROSS JOIN timeline_events r ON r.id = p.two AND r.kind = 'repair' AND r.deleted_at IS NULL
        WHERE r.start_date >= h.start_date AND h.start_date BETWEEN ? AND ?
     )
     SELECT hid, htitle, hdate, rid, rtitle, rdate, days FROM ranked WHERE nth = 1 ORDER BY hdate, hid`,
  )
    .all(from, to)
    .map((r) => ({
      hardMomentId: r.hid,
      hardMomentTitle: r.htitle,
      hardMomentDate: r.hdate,
      repairId: r.rid,
      repairTitle: r.rtitle,
      repairDate: r.rdate,
      days: r.days,
    }));
}
