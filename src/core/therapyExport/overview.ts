import type { PartnerId } from '../../shared/basics';
import type { CheckIn } from '../../shared/checkins';
import type { LoveLanguageId } from '../../shared/loveLanguages';
import type { AftermathAnswers, Reflection } from '../../shared/reflections';
import type { ExportKind } from '../../shared/therapyExport';
import type { Words } from '../i18n/words';
import { countPatterns, sharedSides } from '../insights/patterns';
import { profiles } from '../loveLanguages/love-language-repository';
import { field, type Block, type Cell, type DocItem, type ExportSources, type Voice } from './model';
import { barrierName, exportKindLabel, feelingWord, horsemanName, loveLanguageName, needWord } from './vocabulary';

/**
 * The first page a therapist reads: which method each kind of worksheet follows, what the chosen entries show
 * together (patterns named, the connection ratings over time, both partners' love languages) and the plans and
 * requests still open. It is read only from the entries going into the document, so nothing unticked, nothing of a
 * partner not chosen and nothing still being written shows here either. Worded as noticing, never as a score.
 */

/** The method each worksheet follows, in a therapist's words. */
const METHODS = {
  conflict: 'exportDocument.methodConflict',
  aftermath: 'exportDocument.methodAftermath',
  forgiveness: 'exportDocument.methodForgiveness',
  checkin: 'exportDocument.methodCheckin',
  appreciation: 'exportDocument.methodAppreciation',
  journal: 'exportDocument.methodJournal',
  timeline: 'exportDocument.methodTimeline',
  insights: 'exportDocument.methodInsights',
} as const satisfies Record<ExportKind, string>;

interface Included {
  kinds: ExportKind[];
  reflections: Reflection[];
  checkIns: CheckIn[];
}

/** Reads the included reflections and check-ins whole, through their services (whose rules on hidden answers hold). */
export function readIncluded(sources: ExportSources, items: readonly { id: string; kind: ExportKind }[]): Included {
  const kinds = [...new Set(items.map((i) => i.kind))];
  const reflections = items.filter((i) => i.kind === 'conflict' || i.kind === 'aftermath' || i.kind === 'forgiveness').map((i) => sources.reflections.get(i.id));
  const checkIns = items.filter((i) => i.kind === 'checkin').map((i) => sources.checkins.get(i.id));
  return { kinds, reflections, checkIns };
}

export function overviewItem(sources: ExportSources, included: Included, voice: Voice): DocItem {
  const { words } = sources;
  const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
  const blocks: Block[] = [
    { type: 'heading', text: words.t('exportDocument.overviewHolds') },
    ...field(
      words.t('exportDocument.overviewMethods'),
      '',
      included.kinds.map((k) => words.t('exportDocument.methodLine', { kinds: exportKindLabel(words, k).many, method: words.t(METHODS[k]) })),
    ),
    ...patterns(included.reflections, partners, words),
    ...ratings(included.checkIns, partners, voice, words),
    ...loveLanguages(sources, partners, voice),
    ...openPlans(included.reflections, partners, voice, words),
  ];
  return {
    id: 'overview',
    kind: 'overview',
    kindLabel: words.t('exportDocument.overviewLabel'),
    date: null,
    title: words.t('exportDocument.overviewTitle'),
    byline: '',
    blocks,
  };
}

/** Most often first, then by the word as this language reads it. */
function counted<T>(list: readonly T[], count: (item: T) => number, word: (item: T) => string): { word: string; count: number }[] {
  return list.map((item) => ({ word: word(item), count: count(item) })).sort((x, y) => y.count - x.count || x.word.localeCompare(y.word));
}

/** The patterns noticed, counted as the Insights page counts them (insights/patterns.ts), from these entries only. */
function patterns(reflections: readonly Reflection[], partners: readonly PartnerId[], words: Words): Block[] {
  const found = countPatterns(reflections, partners);
  // "criticism — in 2 reflections", "Kritik — in 2 Reflexionen".
  const lines = (list: { word: string; count: number }[]) => list.map(({ word, count }) => words.t('exportDocument.inReflections', { word, count }));
  const blocks: Block[] = [
    ...field(words.t('exportDocument.patternsHorsemen'), '', lines(counted(found.horsemen, (h) => h.reflections, (h) => horsemanName(words, h.horseman)))),
    ...field(words.t('exportDocument.patternsBarriers'), '', lines(counted(found.barriers, (b) => b.reflections, (b) => barrierName(words, b.barrier)))),
    ...field(words.t('exportDocument.patternsFeelings'), '', lines(counted(found.feelings, (f) => f.reflections, (f) => feelingWord(words, f.feeling)).slice(0, 10))),
    ...field(words.t('exportDocument.patternsNeeds'), '', lines(counted(found.needs, (n) => n.reflections, (n) => needWord(words, n.need)).slice(0, 10))),
  ];
  if (!blocks.length) return [];
  return [{ type: 'heading', text: words.t('exportDocument.patternsHeading') }, { type: 'note', text: words.t('exportDocument.patternsNote') }, ...blocks];
}

function ratings(checkIns: readonly CheckIn[], partners: readonly PartnerId[], voice: Voice, words: Words): Block[] {
  const rated = [...checkIns]
    .filter((c) => c.completedOn !== null)
    .sort((x, y) => (x.completedOn! < y.completedOn! ? -1 : 1))
    .map((c) => ({ day: c.completedOn!, by: (p: PartnerId) => c.sides.find((s) => s.partner === p)?.rating ?? null }))
    .filter((c) => partners.some((p) => c.by(p) !== null));
  if (rated.length < 2) return [];
  const first = rated[0]!.day;
  const last = rated.at(-1)!.day;
  const title = words.t('exportDocument.ratingsTitle');
  return [
    { type: 'heading', text: title },
    {
      type: 'chart',
      title,
      reading: words.t('exportDocument.ratingsReading', { count: rated.length, from: words.day(first), to: words.day(last) }),
      chart: {
        type: 'line',
        categories: rated.map((c) => words.day(c.day)),
        series: partners.map((p) => ({ name: voice.name(p), values: rated.map((c) => c.by(p)) })),
        yMin: 1,
        yMax: 10,
        yLabel: words.t('exportDocument.ratingsAxis'),
      },
    },
  ];
}

function languages(words: Words, one: LoveLanguageId | null, two: LoveLanguageId | null): string {
  const [first, second] = [one, two].filter((id): id is LoveLanguageId => id !== null).map((id) => loveLanguageName(words, id));
  if (first && second) return words.t('exportDocument.twoLanguages', { first, second });
  return first ?? words.t('exportDocument.notChosenYet');
}

function loveLanguages({ db, words }: ExportSources, partners: readonly PartnerId[], voice: Voice): Block[] {
  const stored = profiles(db).filter((p) => partners.includes(p.partner));
  if (!stored.length) return [];
  const rows = [
    { label: words.t('exportDocument.hearsLoveIn'), get: (p: (typeof stored)[number]) => languages(words, p.primary, p.secondary) },
    { label: words.t('exportDocument.showsLoveBy'), get: (p: (typeof stored)[number]) => languages(words, p.givesPrimary, p.givesSecondary) },
  ];
  const of = (partner: PartnerId) => stored.find((p) => p.partner === partner);
  const cell = (partner: PartnerId, get: (p: (typeof stored)[number]) => string): Cell => ({ text: of(partner) ? get(of(partner)!) : '', list: [] });
  const heading: Block = { type: 'heading', text: words.t('exportDocument.loveLanguagesHeading') };
  if (partners.length === 2) {
    return [
      heading,
      { type: 'sides', headings: [voice.name('a'), voice.name('b')], rows: rows.map((r) => ({ label: r.label, cells: [cell('a', r.get), cell('b', r.get)] as [Cell, Cell] })) },
    ];
  }
  return [heading, ...rows.flatMap((r) => field(r.label, cell(partners[0]!, r.get).text))];
}

type PlanKey = 'exportDocument.planAsked' | 'exportDocument.planCommitted' | 'exportDocument.planWillTry' | 'exportDocument.planNeedsToMoveOn';

/** What each said they would try, asked for or committed to, in reflections not yet resolved. */
function openPlans(reflections: readonly Reflection[], partners: readonly PartnerId[], voice: Voice, words: Words): Block[] {
  const plans: string[] = [];
  const add = (title: string, name: string, key: PlanKey, text: string) => text.trim() && plans.push(words.t(key, { name, title, plan: text.trim() }));
  for (const r of reflections) {
    if (r.status === 'resolved') continue;
    if (r.type === 'conflict') add(r.title, voice.name(r.author), 'exportDocument.planAsked', r.answers.request);
    if (r.type === 'forgiveness') add(r.title, voice.name(r.author), 'exportDocument.planCommitted', r.answers.commitment);
    if (r.type === 'aftermath') {
      for (const p of sharedSides(r, partners)) {
        const a: AftermathAnswers = r.sides[p].answers;
        add(r.title, voice.name(p), 'exportDocument.planWillTry', a.iCanDo);
        add(r.title, voice.name(p), 'exportDocument.planAsked', a.partnerCanDo);
        add(r.title, voice.name(p), 'exportDocument.planNeedsToMoveOn', a.needToMoveOn);
      }
    }
  }
  return plans.length
    ? [{ type: 'heading', text: words.t('exportDocument.openPlansHeading') }, ...field(words.t('exportDocument.openPlansField'), '', plans)]
    : [];
}
