import type { PartnerId } from '../../shared/basics';
import type { FollowUp, FollowUpOutcome } from '../../shared/checkins';
import type { ReflectionType } from '../../shared/reflections';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

// The plans a check-in follows through on (checkin_follow_ups): which reflection and whose plan, and how it went. The
// plan's words stay in the reflection and are read from it here, so a follow-up never holds a copy of them.

/** A plan, by the reflection it was made in and the partner it belongs to. */
export interface PlanRef {
  reflectionId: string;
  partner: PartnerId;
}

/** A follow-up as stored (the full export's item). */
export interface StoredFollowUp extends PlanRef {
  checkinId: string;
  outcome: FollowUpOutcome | null;
  note: string;
  updatedAt: string | null;
}

type FollowUpRow = { checkin_id: string; reflection_id: string; partner: PartnerId; outcome: FollowUpOutcome | null; note: string; updated_at: string | null };
const toStored = (r: FollowUpRow): StoredFollowUp => ({
  checkinId: r.checkin_id,
  reflectionId: r.reflection_id,
  partner: r.partner,
  outcome: r.outcome,
  note: r.note,
  updatedAt: r.updated_at,
});

/**
 * The words of a plan, while its writer still brings it: a conflict reflection's request and a forgiveness commitment
 * only when the writer chose to bring them to a check-in; an aftermath's "one thing I can do next time" only while both
 * sides are finished (an unfinished side is never read). Null when there is no plan to show.
 */
const PLAN_TEXT = `
  CASE r.type
    WHEN 'conflict' THEN CASE WHEN json_extract(r.answers, '$.requestToCheckIn') THEN json_extract(r.answers, '$.request') END
    WHEN 'forgiveness' THEN CASE WHEN json_extract(r.answers, '$.commitmentToCheckIn') THEN json_extract(r.answers, '$.commitment') END
    ELSE CASE WHEN (SELECT min(done) FROM reflection_sides d WHERE d.reflection_id = r.id) = 1 THEN json_extract(s.answers, '$.iCanDo') END
  END`;

/** At most this many plans come up at one check-in, the most recent first: a check-in is not a review of everything. */
const MOST = 12;

/**
 * The plans to bring up at a check-in begun now: those made or changed since `since` (the start of the check-in
 * before, or a few weeks back for the first) that no check-in has brought up yet, and those the last check-in to bring
 * them up answered "not yet". The most recently changed first.
 */
export function plansToBringUp(db: Db, since: string): PlanRef[] {
  const candidates = sql<{ reflection_id: string; partner: PartnerId; plan: string | null; fresh: 0 | 1; latest: FollowUpOutcome | null; asked: 0 | 1 }>(
    db,
    `WITH recent AS (
       SELECT id FROM reflections WHERE updated_at >= ?
       UNION SELECT reflection_id FROM checkin_follow_ups WHERE outcome = 'not_yet'
     ),
     plans AS (
       SELECT r.id AS reflection_id, r.author AS partner, r.updated_at, ${PLAN_TEXT} AS plan
         FROM recent JOIN reflections r ON r.id = recent.id LEFT JOIN reflection_sides s ON 0
        WHERE r.type IN ('conflict', 'forgiveness')
       UNION ALL
       SELECT r.id, s.partner, r.updated_at, ${PLAN_TEXT}
         FROM recent JOIN reflections r ON r.id = recent.id JOIN reflection_sides s ON s.reflection_id = r.id
        WHERE r.type = 'aftermath'
     )
     SELECT p.reflection_id, p.partner, p.plan, p.updated_at >= ? AS fresh,
            (SELECT f.outcome FROM checkin_follow_ups f JOIN checkins c ON c.id = f.checkin_id
              WHERE f.reflection_id = p.reflection_id AND f.partner = p.partner ORDER BY c.started_at DESC LIMIT 1) AS latest,
            EXISTS (SELECT 1 FROM checkin_follow_ups f WHERE f.reflection_id = p.reflection_id AND f.partner = p.partner) AS asked
       FROM plans p
      ORDER BY p.updated_at DESC, p.reflection_id, p.partner`,
  ).all(since, since);
  return candidates
    .filter((c) => c.plan?.trim() && ((c.asked === 0 && c.fresh === 1) || c.latest === 'not_yet'))
    .slice(0, MOST)
    .map((c) => ({ reflectionId: c.reflection_id, partner: c.partner }));
}

/** The plans a check-in brings up, not yet answered. */
export function insertFollowUps(db: Db, checkinId: string, plans: readonly PlanRef[]): void {
  const insert = sql(db, "INSERT OR IGNORE INTO checkin_follow_ups (checkin_id, reflection_id, partner, outcome, note, updated_at) VALUES (?, ?, ?, NULL, '', NULL)");
  for (const p of plans) insert.run(checkinId, p.reflectionId, p.partner);
}

/** A check-in's follow-ups as the app shows them, the plan's words read from its reflection; a plan taken back is left out. */
export function followUpsOf(db: Db, checkinId: string): FollowUp[] {
  return sql<{ reflection_id: string; type: ReflectionType; title: string; partner: PartnerId; plan: string | null; outcome: FollowUpOutcome | null; note: string; updated_at: string | null }>(
    db,
    `SELECT f.reflection_id, r.type, r.title, f.partner, ${PLAN_TEXT} AS plan, f.outcome, f.note, f.updated_at
       FROM checkin_follow_ups f
       JOIN reflections r ON r.id = f.reflection_id
       LEFT JOIN reflection_sides s ON s.reflection_id = f.reflection_id AND s.partner = f.partner AND r.type = 'aftermath'
      WHERE f.checkin_id = ?
      ORDER BY r.created_at, r.id, f.partner`,
  )
    .all(checkinId)
    .filter((r) => r.plan?.trim())
    .map((r) => ({
      reflectionId: r.reflection_id,
      reflectionType: r.type,
      title: r.title,
      partner: r.partner,
      plan: r.plan!.trim(),
      outcome: r.outcome,
      note: r.note,
      updatedAt: r.updated_at,
    }));
}

/** How one plan went; false when this check-in did not bring that plan up. */
export function saveFollowUp(db: Db, checkinId: string, plan: PlanRef, answer: { outcome: FollowUpOutcome | null; note: string }, now: string): boolean {
  return (
    sql(db, 'UPDATE checkin_follow_ups SET outcome = ?, note = ?, updated_at = ? WHERE checkin_id = ? AND reflection_id = ? AND partner = ?').run(
      answer.outcome,
      answer.note,
      now,
      checkinId,
      plan.reflectionId,
      plan.partner,
    ).changes === 1
  );
}

/** Every follow-up, in a stable order (the full export's). */
export function allFollowUps(db: Db): StoredFollowUp[] {
  return sql<FollowUpRow>(db, 'SELECT * FROM checkin_follow_ups ORDER BY checkin_id, reflection_id, partner').all().map(toStored);
}

export function findFollowUp(db: Db, checkinId: string, plan: PlanRef): StoredFollowUp | undefined {
  const row = sql<FollowUpRow>(db, 'SELECT * FROM checkin_follow_ups WHERE checkin_id = ? AND reflection_id = ? AND partner = ?').get(
    checkinId,
    plan.reflectionId,
    plan.partner,
  );
  return row ? toStored(row) : undefined;
}

/** Writes a follow-up as it is (an import), over the one for the same check-in and plan. */
export function putFollowUp(db: Db, f: StoredFollowUp): void {
  sql(db, 'INSERT OR REPLACE INTO checkin_follow_ups (checkin_id, reflection_id, partner, outcome, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    f.checkinId,
    f.reflectionId,
    f.partner,
    f.outcome,
    f.note,
    f.updatedAt,
  );
}
