import type { TimelineEvent } from '../../../shared/timeline';
import { sql } from '../../db/statements';
import { formatDay } from '../format';
import { byWho, dayBounds, field, type ExportKindSpec } from '../model';

const KIND_WORDS: Record<TimelineEvent['kind'], string> = {
  milestone: 'Milestone',
  memory: 'Memory',
  quality_time: 'Quality time',
  appreciation: 'Appreciation',
  hard_moment: 'Hard moment',
  repair: 'Repair',
  other: 'Moment',
};
const VALENCE_WORDS = ['Very hard', 'Hard', 'Neutral', 'Good', 'Very good'];

interface Row {
  id: string;
  kind: TimelineEvent['kind'];
  title: string;
  body: string;
  start_date: string;
  end_date: string | null;
  author: TimelineEvent['author'];
  valence: number;
}

/** Timeline moments that start in the range; photos stay in the vault (the export is words and charts). */
export const timelineKind: ExportKindSpec<Row & { tags: string[] }> = {
  kind: 'timeline',
  collect({ db }, selection) {
    const rows = sql<Omit<Row, 'body'>>(
      db,
      `SELECT id, kind, title, start_date, end_date, author, valence FROM timeline_events
        WHERE deleted_at IS NULL AND start_date BETWEEN ? AND ? ORDER BY start_date, id`,
    ).all(...dayBounds(selection));
    return rows
      .filter((r) => byWho(r.author, selection.who))
      .map((r) => ({
        candidate: { id: r.id, kind: 'timeline', date: r.start_date, title: r.title, author: r.author, marked: false },
        load: () => ({
          ...r,
          body: sql<{ body: string }>(db, 'SELECT body FROM timeline_events WHERE id = ?').get(r.id)?.body ?? '',
          tags: sql<{ tag: string }>(db, 'SELECT tag FROM timeline_tags WHERE event_id = ? ORDER BY tag').all(r.id).map((t) => t.tag),
        }),
      }));
  },
  layout(event) {
    const span = event.end_date && event.end_date !== event.start_date ? `${formatDay(event.start_date)} to ${formatDay(event.end_date)}` : '';
    return [
      ...field('What kind of moment', `${KIND_WORDS[event.kind]} · felt ${VALENCE_WORDS[event.valence + 2]!.toLowerCase()}`),
      ...field('When', span),
      ...field('What happened', event.body),
      ...field('Tags', '', event.tags),
    ];
  },
};
