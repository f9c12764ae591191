import type { TimelineEvent } from '../../../shared/timeline';
import { eventsStartingBetween, findEvent, tagsOf, type EventOutline } from '../../timeline/timeline-repository';
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

/** Timeline moments that start in the range; photos stay in the vault (the export is words and charts). */
export const timelineKind: ExportKindSpec<EventOutline & { body: string; tags: string[] }> = {
  kind: 'timeline',
  collect({ db }, selection) {
    return eventsStartingBetween(db, ...dayBounds(selection))
      .filter((r) => byWho(r.author, selection.who))
      .map((r) => ({
        candidate: { id: r.id, kind: 'timeline', date: r.startDate, title: r.title, author: r.author, marked: false },
        load: () => ({ ...r, body: findEvent(db, r.id)?.body ?? '', tags: tagsOf(db, r.id) }),
      }));
  },
  layout(event) {
    const span = event.endDate && event.endDate !== event.startDate ? `${formatDay(event.startDate)} to ${formatDay(event.endDate)}` : '';
    return [
      ...field('What kind of moment', `${KIND_WORDS[event.kind]} · felt ${VALENCE_WORDS[event.valence + 2]!.toLowerCase()}`),
      ...field('When', span),
      ...field('What happened', event.body),
      ...field('Tags', '', event.tags),
    ];
  },
};
