import type { JournalEntry } from '../../../shared/journal';
import { entriesBetween, findEntry } from '../../journal/journal-repository';
import { byWho, dayBounds, field, type ExportKindSpec } from '../model';

type Row = Pick<JournalEntry, 'id' | 'author' | 'body' | 'date'> & { prompt: string | null };

/** Journal entries: the prompt they answer (or a daily reflection) and the words. */
export const journalKind: ExportKindSpec<Row> = {
  kind: 'journal',
  collect({ db }, selection) {
    return entriesBetween(db, ...dayBounds(selection))
      .filter((r) => byWho(r.author, selection.who))
      .map((r) => ({
        candidate: { id: r.id, kind: 'journal', date: r.date, title: r.prompt ?? 'Daily reflection', author: r.author, marked: false },
        load: () => ({ ...r, body: findEntry(db, r.id)?.body ?? '' }),
      }));
  },
  layout(entry) {
    return [...field(entry.prompt ? 'Prompt' : 'Kind of entry', entry.prompt ?? 'Daily reflection'), ...field('Entry', entry.body)];
  },
};
