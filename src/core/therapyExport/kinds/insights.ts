import type { PartnerId } from '../../../shared/basics';
import { LOVE_LANGUAGES } from '../../../shared/loveLanguages';
import type { ChartSpec } from '../../../shared/therapyExport';
import type { Insights } from '../../../shared/insights';
import type { ExportKindSpec, Voice } from '../model';

interface Chart {
  id: keyof Insights;
  title: string;
  reading: string;
  spec: ChartSpec;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthShort = (month: string) => `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`;
const dayShort = (day: string) => `${Number(day.slice(8, 10))} ${SHORT_MONTHS[Number(day.slice(5, 7)) - 1]}`;

/** A round top for a count axis, so its four or five gridlines fall on whole numbers. */
export function niceMax(values: readonly (number | null)[]): number {
  const top = Math.max(4, ...values.map((v) => v ?? 0));
  let step = 1;
  for (let scale = 1; top / step > 5; scale *= 10) step = [1, 2, 5].map((f) => f * scale).find((s) => top / s <= 5) ?? 10 * scale;
  return Math.ceil(top / step) * step;
}

function partners(voice: Voice): PartnerId[] {
  return voice.who === 'both' ? ['a', 'b'] : [voice.who];
}

/** Each chart the Insights page draws, as a spec the PDF draws in vectors and the preview in SVG. */
function charts(insights: Insights, voice: Voice): Chart[] {
  const list: Chart[] = [];
  const { ratings, regularity, appreciations, timeline, repair, loveLanguages } = insights;
  if (ratings.points.length) {
    list.push({
      id: 'ratings',
      title: 'How connected we felt at each check-in',
      reading: ratings.reading,
      spec: {
        type: 'line',
        categories: ratings.points.map((p) => dayShort(p.date)),
        series: partners(voice).map((p) => ({ name: voice.name(p), values: ratings.points.map((x) => x[p]) })),
        yMin: 0,
        yMax: 10,
        yLabel: 'Rating (1–10)',
      },
    });
  }
  if (regularity.months.some((m) => m.completed > 0)) {
    const values = regularity.months.flatMap((m) => [m.completed, m.expected]);
    list.push({
      id: 'regularity',
      title: 'Check-ins each month',
      reading: regularity.reading,
      spec: {
        type: 'bar',
        categories: regularity.months.map((m) => monthShort(m.month)),
        series: [
          { name: 'Done', values: regularity.months.map((m) => m.completed) },
          { name: 'Planned', values: regularity.months.map((m) => m.expected) },
        ],
        yMin: 0,
        yMax: niceMax(values),
        yLabel: 'Check-ins',
      },
    });
  }
  // Appreciations and loving acts are the couple's together, whoever the export is for: no partner's number beside the other's.
  if (appreciations.months.some((m) => m.total > 0)) {
    const values = appreciations.months.map((m) => m.total);
    list.push({
      id: 'appreciations',
      title: 'Appreciations we shared each month',
      reading: appreciations.reading,
      spec: {
        type: 'bar',
        categories: appreciations.months.map((m) => monthShort(m.month)),
        series: [{ name: 'Shared together', values }],
        yMin: 0,
        yMax: niceMax(values),
        yLabel: 'Appreciations',
      },
    });
  }
  if (timeline.months.some((m) => m.total > 0)) {
    const v = timeline.months.map((m) => m.byValence);
    const series = [
      { name: 'Good', values: v.map((x) => x.good + x.veryGood) },
      { name: 'Neutral', values: v.map((x) => x.neutral) },
      { name: 'Hard', values: v.map((x) => x.hard + x.veryHard) },
    ];
    list.push({
      id: 'timeline',
      title: 'Moments on the timeline each month',
      reading: timeline.reading,
      spec: { type: 'bar', categories: timeline.months.map((m) => monthShort(m.month)), series, yMin: 0, yMax: niceMax(series.flatMap((s) => s.values)), yLabel: 'Moments' },
    });
  }
  if (repair.pairs.length) {
    const values = repair.pairs.map((p) => p.days);
    list.push({
      id: 'repair',
      title: 'Days from a hard moment to its repair',
      reading: repair.reading,
      spec: { type: 'bar', categories: repair.pairs.map((p) => dayShort(p.hardMomentDate)), series: [{ name: 'Days to repair', values }], yMin: 0, yMax: niceMax(values), yLabel: 'Days' },
    });
  }
  if (loveLanguages.languages.some((l) => l.total > 0)) {
    const values = loveLanguages.languages.map((l) => l.total);
    list.push({
      id: 'loveLanguages',
      title: 'Acts of love, by love language',
      reading: loveLanguages.reading,
      spec: {
        type: 'bar',
        categories: loveLanguages.languages.map((l) => LOVE_LANGUAGES.find((x) => x.id === l.language)?.name ?? l.language),
        series: [{ name: 'Logged together', values }],
        yMin: 0,
        yMax: niceMax(values),
        yLabel: 'Actions',
      },
    });
  }
  return list;
}

const BOTH: Voice = { who: 'both', name: (p) => (p === 'a' ? 'Partner A' : 'Partner B'), author: () => '' };

/** One checklist entry per chart that has something to show in the range. */
export const insightsKind: ExportKindSpec<{ id: string; insights: Insights }> = {
  kind: 'insights',
  async collect({ insights }, selection) {
    const all = await insights.all({ from: selection.from, to: selection.to });
    return charts(all, { ...BOTH, who: selection.who }).map((c) => ({
      candidate: { id: `insights:${c.id}`, kind: 'insights', date: null, title: c.title, author: 'both', marked: false },
      load: () => ({ id: c.id, insights: all }),
    }));
  },
  layout({ id, insights }, voice) {
    const chart = charts(insights, voice).find((c) => c.id === id);
    return chart ? [{ type: 'chart', title: chart.title, reading: chart.reading, chart: chart.spec }] : [];
  },
};
