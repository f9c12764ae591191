import { JOURNAL_PROMPTS, type JournalEntry } from '../../../shared/journal';
import { sql } from '../../db/statements';
import { byWho, dayBounds, field, type ExportKindSpec } from '../model';

type Row = Pick<JournalEntry, 'id' | 'author' | 'body' | 'date'> & { prompt: string | null };

/** Journal entries: the prompt they answer (or a daily reflection) and the words. */
export const journalKind: ExportKindSpec<Row> = {
  kind: 'journal',
  collect({ db }, selection) {
    const rows = sql<{ id: string; author: JournalEntry['author']; prompt_id: string | null; date: string; own: string | null }>(
      db,
      `SELECT e.id, e.author, e.prompt_id, e.date, p.text AS own FROM journal_entries e LEFT JOIN journal_prompts p ON p.id = e.prompt_id
        WHERE e.date BETWEEN ? AND ? ORDER BY e.date, e.id`,
    ).all(...dayBounds(selection));
    return rows
      .filter((r) => byWho(r.author, selection.who))
      .map((r) => {
        const prompt = r.prompt_id ? (JOURNAL_PROMPTS.find((p) => p.id === r.prompt_id)?.text ?? r.own) : null;
        return {
          candidate: { id: r.id, kind: 'journal', date: r.date, title: prompt ?? 'Daily reflection', author: r.author, marked: false },
          load: () => ({
            id: r.id,
            author: r.author,
            date: r.date,
            prompt,
            body: sql<{ body: string }>(db, 'SELECT body FROM journal_entries WHERE id = ?').get(r.id)?.body ?? '',
          }),
        };
      });
  },
  layout(entry) {
    return [...field(entry.prompt ? 'Prompt' : 'Kind of entry', entry.prompt ?? 'Daily reflection'), ...field('Entry', entry.body)];
  },
};
