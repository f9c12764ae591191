import type { PartnerId } from '../../../shared/basics';
import { sql } from '../../db/statements';
import { dayBounds, field, type ExportKindSpec } from '../model';

interface Session {
  id: string;
  appreciations: { from: PartnerId; text: string }[];
}

/** A round of "I appreciate you because…", with what each partner said; with one partner chosen, what they said. */
export const appreciationKind: ExportKindSpec<Session> = {
  kind: 'appreciation',
  collect({ db }, selection) {
    const rows = sql<{ session_id: string; day: string; a: number; b: number }>(
      db,
      `SELECT session_id, min(created_on) AS day, sum(from_partner = 'a') AS a, sum(from_partner = 'b') AS b
         FROM appreciations GROUP BY session_id HAVING day BETWEEN ? AND ? ORDER BY day, session_id`,
    ).all(...dayBounds(selection));
    return rows
      .filter((r) => selection.who === 'both' || r[selection.who] > 0)
      .map((r) => ({
        candidate: {
          id: r.session_id,
          kind: 'appreciation',
          date: r.day,
          title: selection.who === 'both' ? `${r.a + r.b} appreciations` : `${r[selection.who]} appreciations`,
          author: selection.who === 'both' ? 'both' : selection.who,
          marked: false,
        },
        load: () => ({
          id: r.session_id,
          appreciations: sql<{ from: PartnerId; text: string }>(
            db,
            'SELECT from_partner AS "from", text FROM appreciations WHERE session_id = ? ORDER BY created_at, rowid',
          ).all(r.session_id),
        }),
      }));
  },
  layout(session, voice) {
    const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    return partners.flatMap((p) =>
      field(
        `${voice.name(p)} appreciates ${voice.name(p === 'a' ? 'b' : 'a')} because…`,
        '',
        session.appreciations.filter((x) => x.from === p).map((x) => x.text),
      ),
    );
  },
};
