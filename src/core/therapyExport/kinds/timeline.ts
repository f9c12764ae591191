import { eventsStartingBetween, findEvent, tagsOf, type EventOutline } from '../../timeline/timeline-repository';
import { byWho, dayBounds, field, type ExportKindSpec } from '../model';
import { timelineKindWord, valenceWord } from '../vocabulary';

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
  layout(event, _voice, words) {
    const span =
      event.endDate && event.endDate !== event.startDate ? words.t('exportDocument.span', { from: words.day(event.startDate), to: words.day(event.endDate) }) : '';
    const kind = timelineKindWord(words, event.kind);
    return [
      ...field(words.t('exportDocument.kindOfMoment'), words.t('exportDocument.kindAndFeeling', { kind, valence: valenceWord(words, event.valence).toLowerCase() })),
      ...field(words.t('exportDocument.when'), span),
      ...field(words.t('exportDocument.whatHappened'), event.body),
      ...field(words.t('exportDocument.tags'), '', event.tags),
    ];
  },
};
