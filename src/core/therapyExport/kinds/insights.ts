import type { PartnerId } from '../../../shared/basics';
import type { ChartSpec } from '../../../shared/therapyExport';
import type { Insights } from '../../../shared/insights';
import type { Words } from '../../i18n/words';
import type { ExportKindSpec, Voice } from '../model';
import { loveLanguageName } from '../vocabulary';

interface Chart {
  id: keyof Insights;
  title: string;
  reading: string;
  spec: ChartSpec;
}

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
function charts(insights: Insights, voice: Voice, words: Words): Chart[] {
  const list: Chart[] = [];
  // Axis labels: "4 Mar", "Mar 26" ("4. März", "März 26").
  const dayShort = (day: string) => words.shortDay(day);
  const monthShort = (month: string) => words.shortMonth(month);
  const { ratings, regularity, appreciations, timeline, repair, loveLanguages } = insights;
  if (ratings.points.length) {
    list.push({
      id: 'ratings',
      title: words.t('exportDocument.chartRatings'),
      reading: ratings.reading,
      spec: {
        type: 'line',
        categories: ratings.points.map((p) => dayShort(p.date)),
        series: partners(voice).map((p) => ({ name: voice.name(p), values: ratings.points.map((x) => x[p]) })),
        yMin: 0,
        yMax: 10,
        yLabel: words.t('exportDocument.axisRating'),
      },
    });
  }
  if (regularity.months.some((m) => m.completed > 0)) {
    const values = regularity.months.flatMap((m) => [m.completed, m.expected]);
    list.push({
      id: 'regularity',
      title: words.t('exportDocument.chartRegularity'),
      reading: regularity.reading,
      spec: {
        type: 'bar',
        categories: regularity.months.map((m) => monthShort(m.month)),
        series: [
          { name: words.t('exportDocument.seriesDone'), values: regularity.months.map((m) => m.completed) },
          { name: words.t('exportDocument.seriesPlanned'), values: regularity.months.map((m) => m.expected) },
        ],
        yMin: 0,
        yMax: niceMax(values),
        yLabel: words.t('exportDocument.axisCheckins'),
      },
    });
  }
  // Appreciations and loving acts are the couple's together, whoever the export is for: no partner's number beside the other's.
  if (appreciations.months.some((m) => m.total > 0)) {
    const values = appreciations.months.map((m) => m.total);
    list.push({
      id: 'appreciations',
      title: words.t('exportDocument.chartAppreciations'),
      reading: appreciations.reading,
      spec: {
        type: 'bar',
        categories: appreciations.months.map((m) => monthShort(m.month)),
        series: [{ name: words.t('exportDocument.seriesSharedTogether'), values }],
        yMin: 0,
        yMax: niceMax(values),
        yLabel: words.t('exportDocument.axisAppreciations'),
      },
    });
  }
  if (timeline.months.some((m) => m.total > 0)) {
    const v = timeline.months.map((m) => m.byValence);
    const series = [
      { name: words.t('exportDocument.seriesGood'), values: v.map((x) => x.good + x.veryGood) },
      { name: words.t('exportDocument.seriesNeutral'), values: v.map((x) => x.neutral) },
      { name: words.t('exportDocument.seriesHard'), values: v.map((x) => x.hard + x.veryHard) },
    ];
    list.push({
      id: 'timeline',
      title: words.t('exportDocument.chartTimeline'),
      reading: timeline.reading,
      spec: { type: 'bar', categories: timeline.months.map((m) => monthShort(m.month)), series, yMin: 0, yMax: niceMax(series.flatMap((s) => s.values)), yLabel: words.t('exportDocument.axisMoments') },
    });
  }
  if (repair.pairs.length) {
    const values = repair.pairs.map((p) => p.days);
    list.push({
      id: 'repair',
      title: words.t('exportDocument.chartRepair'),
      reading: repair.reading,
      spec: { type: 'bar', categories: repair.pairs.map((p) => dayShort(p.hardMomentDate)), series: [{ name: words.t('exportDocument.seriesDaysToRepair'), values }], yMin: 0, yMax: niceMax(values), yLabel: words.t('exportDocument.axisDays') },
    });
  }
  if (loveLanguages.languages.some((l) => l.total > 0)) {
    const values = loveLanguages.languages.map((l) => l.total);
    list.push({
      id: 'loveLanguages',
      title: words.t('exportDocument.chartLoveLanguages'),
      reading: loveLanguages.reading,
      spec: {
        type: 'bar',
        categories: loveLanguages.languages.map((l) => loveLanguageName(words, l.language)),
        series: [{ name: words.t('exportDocument.seriesLoggedTogether'), values }],
        yMin: 0,
        yMax: niceMax(values),
        yLabel: words.t('exportDocument.axisActions'),
      },
    });
  }
  return list;
}

/** One checklist entry per chart that has something to show in the range. */
export const insightsKind: ExportKindSpec<{ id: string; insights: Insights }> = {
  kind: 'insights',
  async collect({ insights, words }, selection) {
    const all = await insights.all({ from: selection.from, to: selection.to });
    // The checklist needs only the charts' titles: the partners' names are not read.
    const voice: Voice = { who: selection.who, name: (p) => words.t(p === 'a' ? 'exportDocument.partnerA' : 'exportDocument.partnerB'), author: () => '' };
    return charts(all, voice, words).map((c) => ({
      candidate: { id: `insights:${c.id}`, kind: 'insights', date: null, title: c.title, author: 'both', marked: false },
      load: () => ({ id: c.id, insights: all }),
    }));
  },
  layout({ id, insights }, voice, words) {
    const chart = charts(insights, voice, words).find((c) => c.id === id);
    return chart ? [{ type: 'chart', title: chart.title, reading: chart.reading, chart: chart.spec }] : [];
  },
};
