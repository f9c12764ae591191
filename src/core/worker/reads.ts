/**
 * Long reads, off the main thread (issue 20): a search, the insights page, the therapy export's checklist and its
 * document model are read on a worker, on a read-only connection to the vault file that the thread keeps between
 * reads (opening the file and warming its cache again would cost more than most reads). The main thread's side is
 * worker/vault-reader.ts, which closes the connection at a lock, before a re-key or a restore, and when idle.
 *
 * The areas' own services read here, given this connection, the clock's time and the words of the language the
 * main thread speaks, so what they say is what they would say there.
 */
import type { Partner } from '../../shared/basics';
import type { Language } from '../../shared/language';
import { CheckInService } from '../checkins/checkin-service';
import { homeZone } from '../checkins/cadence';
import { localDate } from '../checkins/schedule';
import { configureDatabase, type Db } from '../db/database';
import { openVaultFile } from '../db/vault-file';
import { wordsIn } from '../i18n/words';
import { InsightsService } from '../insights/insights-service';
import { ReflectionService } from '../reflections/reflection-service';
import { findMatches, type Match } from '../search/search-index';
import { buildDocument, candidatesFor } from '../therapyExport/document';
import { renderMarkdown } from '../therapyExport/markdown';
import type { ExportDocument, ExportSources, Selection } from '../therapyExport/model';
import type { AreaContext } from '../area-service';
import type { ExportCandidate } from '../../shared/therapyExport';
import type { Insights } from '../../shared/insights';

/** What every read carries: open the connection again first (`fresh`), the time now, the language spoken. */
export interface ReadContext {
  fresh: boolean;
  now: number;
  language: Language;
}

/** What can be read. */
export type ReadQuery =
  | { what: 'search'; text: string; limit: number }
  | { what: 'insights'; range: Parameters<InsightsService['all']>[0] }
  | { what: 'export-candidates'; selection: Selection }
  | { what: 'export-document'; selection: Selection; partners: Partner[]; includeNames: boolean }
  | { what: 'export-markdown'; selection: Selection; partners: Partner[]; includeNames: boolean };

export interface ReadResults {
  search: Match[];
  insights: Insights;
  'export-candidates': ExportCandidate[];
  'export-document': ExportDocument;
  'export-markdown': string;
}

let kept: { database: string; db: Db } | null = null;

/** The thread's connection to `database`, opened (read only) if it has none or `fresh` asks for a new one. */
function connection(database: string, key: Uint8Array, fresh: boolean): { db: Db; opened: boolean } {
  if (kept && (fresh || kept.database !== database)) releaseReads();
  const opened = !kept;
  if (!kept) {
    const { db } = openVaultFile(database, key);
    try {
      configureDatabase(db, database);
      db.pragma('query_only = ON');
    } catch (error) {
      db.close();
      throw error;
    }
    kept = { database, db };
  }
  return { db: kept.db, opened };
}

/** Close the kept connection; whether there was one. */
export function releaseReads(): boolean {
  if (!kept) return false;
  const { db } = kept;
  kept = null;
  db.close();
  return true;
}

/** What a PDF made on the reads' thread reads first: its document (worker/jobs.ts, the 'pdf' job). */
export interface DocumentRead {
  context: ReadContext;
  selection: Selection;
  partners: Partner[];
  includeNames: boolean;
}

export async function readDocument(input: { database: string; key: Uint8Array }, read: DocumentRead): Promise<ExportDocument> {
  const { context, ...query } = read;
  return (await runRead(input, context, { what: 'export-document', ...query })).value as ExportDocument;
}

/** Run one read; `opened`: whether it had to open the connection (for tests and the benchmark's details). */
export async function runRead(
  input: { database: string; key: Uint8Array },
  context: ReadContext,
  query: ReadQuery,
): Promise<{ value: ReadResults[ReadQuery['what']]; opened: boolean }> {
  const { db, opened } = connection(input.database, input.key, context.fresh);
  if (query.what === 'search') return { value: findMatches(db, query.text, query.limit), opened };
  const area: AreaContext = { db: () => db, clock: { now: () => new Date(context.now) }, words: () => wordsIn(context.language) };
  const insights = new InsightsService(area);
  if (query.what === 'insights') return { value: await insights.all(query.range), opened };
  const sources: ExportSources = {
    db,
    checkins: new CheckInService(area),
    reflections: new ReflectionService(area),
    insights,
    today: localDate(context.now, homeZone(db)),
    words: wordsIn(context.language),
  };
  if (query.what === 'export-candidates') return { value: await candidatesFor(sources, query.selection), opened };
  const document = await buildDocument(sources, query.selection, query.partners, query.includeNames);
  return { value: query.what === 'export-markdown' ? renderMarkdown(document) : document, opened };
}
