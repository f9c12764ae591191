import type { JournalEntry } from '../../../shared/journal';
import { entriesBetween, findEntry } from '../../journal/journal-repository';
import { byWho, dayBounds, field, type ExportKindSpec } from '../model';
import { journalPrompt } from '../vocabulary';

type Row = Pick<JournalEntry, 'id' | 'author' | 'body' | 'date'> & { prompt: string | null };

/** Journal entries: the prompt they answer (or a daily reflection) and the words. */
export const journalKind: ExportKindSpec<Row> = {
  kind: 'journal',
  collect({ db, words }, selection) {
    return entriesBetween(db, ...dayBounds(selection))
      .filter((r) => byWho(r.author, selection.who))
      .map((r) => ({ ...r, prompt: r.prompt === null ? null : journalPrompt(words, r.prompt) }))
      .map((r) => ({
        candidate: { id: r.id, kind: 'journal', date: r.date, title: r.prompt ?? words.t('exportDocument.dailyReflection'), author: r.author, marked: false },
        load: () => ({ ...r, body: findEntry(db, r.id)?.body ?? '' }),
      }));
  },
  layout(entry, _voice, words) {
    return [
      ...field(words.t(entry.prompt ? 'exportDocument.prompt' : 'exportDocument.kindOfEntry'), entry.prompt ?? words.t('exportDocument.dailyReflection')),
      ...field(words.t('exportDocument.entry'), entry.body),
    ];
  },
};
