import type { PartnerId } from '../../shared/basics';
import type { CheckIn } from '../../shared/checkins';
import { LOVE_LANGUAGES, type LoveLanguageId } from '../../shared/loveLanguages';
import type { AftermathAnswers, Reflection } from '../../shared/reflections';
import { EXPORT_KIND_LABELS, type ExportKind } from '../../shared/therapyExport';
import { barrierWord, countPatterns, horsemanWord, sharedSides } from '../insights/patterns';
import { profiles } from '../loveLanguages/love-language-repository';
import { formatDay } from './format';
import { field, type Block, type Cell, type DocItem, type ExportSources, type Voice } from './model';

/**
 * The first page a therapist reads: which method each kind of worksheet follows, what the chosen entries show
 * together (patterns named, the connection ratings over time, both partners' love languages) and the plans and
 * requests still open. It is read only from the entries going into the document, so nothing unticked, nothing of a
 * partner not chosen and nothing still being written shows here either. Worded as noticing, never as a score.
 */

/** The method each worksheet follows, in a therapist's words. */
const METHODS: Partial<Record<ExportKind, string>> = {
  conflict: 'Nonviolent Communication (observation, feelings, needs, request), with Gottman’s Four Horsemen to notice and the story checked as a thought record',
  aftermath: 'Gottman’s aftermath of a fight or regrettable incident, in five steps, each partner’s side beside the other’s',
  forgiveness: 'Worthington’s REACH model of forgiveness (recall, empathise, altruistic gift, commit, hold on)',
  checkin: 'A weekly relationship check-in, in the spirit of Gottman’s State of the Union meeting',
  appreciation: '“I appreciate you because…”: turns of specific appreciation, at least three each',
  journal: 'Shared journaling: weekly prompts and daily reflections',
  timeline: 'Moments from the couple’s own timeline: milestones, memories, hard moments and repairs',
  insights: 'Patterns over time, as the app shows them to the couple',
};

export const OVERVIEW_LABEL = 'For the therapist';

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
  const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
  const blocks: Block[] = [
    { type: 'heading', text: 'What these pages hold' },
    ...field(
      'The worksheets and the methods they follow',
      '',
      included.kinds.flatMap((k) => (METHODS[k] ? [`${EXPORT_KIND_LABELS[k].many}: ${METHODS[k]}`] : [])),
    ),
    ...patterns(included.reflections, partners),
    ...ratings(included.checkIns, partners, voice),
    ...loveLanguages(sources, partners, voice),
    ...openPlans(included.reflections, partners, voice),
  ];
  return { id: 'overview', kind: 'overview', kindLabel: OVERVIEW_LABEL, date: null, title: 'About these pages', byline: '', blocks };
}

/** "criticism — in 2 reflections": a count from patterns.ts, as the page reads it. */
const inReflections = (word: string, n: number) => `${word} — in ${n} ${n === 1 ? 'reflection' : 'reflections'}`;

/** The patterns noticed, counted as the Insights page counts them (insights/patterns.ts), from these entries only. */
function patterns(reflections: readonly Reflection[], partners: readonly PartnerId[]): Block[] {
  const counted = countPatterns(reflections, partners);
  const blocks: Block[] = [
    ...field('The Four Horsemen noticed', '', counted.horsemen.map((h) => inReflections(horsemanWord(h.horseman), h.reflections))),
    ...field('What got in the way, as named', '', counted.barriers.map((b) => inReflections(barrierWord(b.barrier), b.reflections))),
    ...field('Feelings named', '', counted.feelings.slice(0, 10).map((f) => inReflections(f.feeling, f.reflections))),
    ...field('Needs named', '', counted.needs.slice(0, 10).map((n) => inReflections(n.need, n.reflections))),
  ];
  if (!blocks.length) return [];
  return [
    { type: 'heading', text: 'Patterns in these pages' },
    { type: 'note', text: 'Counted from the reflections in these pages, each reflection once: what was noticed, to talk about together.' },
    ...blocks,
  ];
}

function ratings(checkIns: readonly CheckIn[], partners: readonly PartnerId[], voice: Voice): Block[] {
  const rated = [...checkIns]
    .filter((c) => c.completedOn !== null)
    .sort((x, y) => (x.completedOn! < y.completedOn! ? -1 : 1))
    .map((c) => ({ day: c.completedOn!, by: (p: PartnerId) => c.sides.find((s) => s.partner === p)?.rating ?? null }))
    .filter((c) => partners.some((p) => c.by(p) !== null));
  if (rated.length < 2) return [];
  const first = rated[0]!.day;
  const last = rated.at(-1)!.day;
  return [
    { type: 'heading', text: 'How connected each felt, from 1 to 10, at each check-in' },
    {
      type: 'chart',
      title: 'How connected each felt, from 1 to 10, at each check-in',
      reading: `${rated.length} check-ins from ${formatDay(first)} to ${formatDay(last)}; a gap is a check-in answered without a rating.`,
      chart: {
        type: 'line',
        categories: rated.map((c) => formatDay(c.day)),
        series: partners.map((p) => ({ name: voice.name(p), values: rated.map((c) => c.by(p)) })),
        yMin: 1,
        yMax: 10,
        yLabel: 'connection',
      },
    },
  ];
}

const languageName = (id: LoveLanguageId | null): string => (id ? LOVE_LANGUAGES.find((l) => l.id === id)!.name : '');
const both = (one: LoveLanguageId | null, two: LoveLanguageId | null): string => [one, two].map(languageName).filter(Boolean).join(' and ') || 'Not chosen yet';

function loveLanguages({ db }: ExportSources, partners: readonly PartnerId[], voice: Voice): Block[] {
  const stored = profiles(db).filter((p) => partners.includes(p.partner));
  if (!stored.length) return [];
  const rows = [
    { label: 'Hears love most in', get: (p: (typeof stored)[number]) => both(p.primary, p.secondary) },
    { label: 'Shows love most by', get: (p: (typeof stored)[number]) => both(p.givesPrimary, p.givesSecondary) },
  ];
  const of = (partner: PartnerId) => stored.find((p) => p.partner === partner);
  const cell = (partner: PartnerId, get: (p: (typeof stored)[number]) => string): Cell => ({ text: of(partner) ? get(of(partner)!) : '', list: [] });
  if (partners.length === 2) {
    return [
      { type: 'heading', text: 'Love languages' },
      { type: 'sides', headings: [voice.name('a'), voice.name('b')], rows: rows.map((r) => ({ label: r.label, cells: [cell('a', r.get), cell('b', r.get)] as [Cell, Cell] })) },
    ];
  }
  return [{ type: 'heading', text: 'Love languages' }, ...rows.flatMap((r) => field(r.label, cell(partners[0]!, r.get).text))];
}

/** What each said they would try, asked for or committed to, in reflections not yet resolved. */
function openPlans(reflections: readonly Reflection[], partners: readonly PartnerId[], voice: Voice): Block[] {
  const plans: string[] = [];
  const add = (title: string, who: string, what: string, text: string) => text.trim() && plans.push(`${who} ${what} (“${title}”): ${text.trim()}`);
  for (const r of reflections) {
    if (r.status === 'resolved') continue;
    if (r.type === 'conflict') add(r.title, voice.name(r.author), 'asked', r.answers.request);
    if (r.type === 'forgiveness') add(r.title, voice.name(r.author), 'committed', r.answers.commitment);
    if (r.type === 'aftermath') {
      for (const p of sharedSides(r, partners)) {
        const a: AftermathAnswers = r.sides[p].answers;
        add(r.title, voice.name(p), 'will try', a.iCanDo);
        add(r.title, voice.name(p), 'asked', a.partnerCanDo);
        add(r.title, voice.name(p), 'needs, to move on', a.needToMoveOn);
      }
    }
  }
  return plans.length ? [{ type: 'heading', text: 'Plans and requests still open' }, ...field('From reflections not yet resolved', '', plans)] : [];
}
