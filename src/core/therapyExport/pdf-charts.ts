import type { ChartSpec } from '../../shared/therapyExport';
import type { Layout } from './pdf-layout';
import { GRID, MARGIN, MUTED, S, SERIES, WIDTH } from './pdf-styles';

/** Gridline steps that land on round numbers: at most five intervals. */
function ticks(min: number, max: number): number[] {
  const range = max - min || 1;
  let step = 1;
  for (let scale = 1; range / step > 5; scale *= 10) step = [1, 2, 5].map((f) => f * scale).find((s) => range / s <= 5) ?? 10 * scale;
  const values: number[] = [];
  for (let v = min; v <= max + 1e-9; v += step) values.push(Math.round(v * 100) / 100);
  return values;
}

const CHART_HEIGHT = 150;

/** The height a chart and its reading take on the page. */
export function chartHeight(layout: Layout, reading: string): number {
  return CHART_HEIGHT + 72 + layout.wrap(reading, S.note, WIDTH).length * layout.lineHeight(S.note);
}

/** A chart drawn with vector paths: axes, gridlines, bars or lines, labels and a legend. */
export function drawChart(layout: Layout, title: string, reading: string, spec: ChartSpec): void {
  const readingLines = layout.wrap(reading, S.note, WIDTH);
  layout.y += 10;
  layout.ensure(chartHeight(layout, reading));
  layout.record({ type: 'chart', title, reading, chart: spec });
  const { doc } = layout;
  layout.y += 14;

  const left = MARGIN.left + 34;
  const right = MARGIN.left + WIDTH - 4;
  const top = layout.y + 8;
  const bottom = top + CHART_HEIGHT;
  const yOf = (v: number) => bottom - ((v - spec.yMin) / (spec.yMax - spec.yMin || 1)) * (bottom - top);

  doc.save();
  for (const v of ticks(spec.yMin, spec.yMax)) {
    doc.moveTo(left, yOf(v)).lineTo(right, yOf(v)).lineWidth(0.5).strokeColor(GRID).stroke();
    const line = layout.wrap(String(v), S.axis, 30)[0]!;
    layout.drawLine(line, S.axis, left - 6, yOf(v) - S.axis.size * 0.7, { align: 'right' });
  }
  layout.drawLine(layout.wrap(spec.yLabel, S.axis, 200)[0]!, S.axis, MARGIN.left, top - 24);
  doc.moveTo(left, bottom).lineTo(right, bottom).lineWidth(0.9).strokeColor(MUTED).stroke();
  doc.moveTo(left, top).lineTo(left, bottom).lineWidth(0.9).strokeColor(MUTED).stroke();

  const n = Math.max(1, spec.categories.length);
  const slot = (right - left) / n;
  const every = Math.max(1, Math.ceil((n * 34) / (right - left)));
  spec.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const line = layout.wrap(category, S.axis, slot * every)[0]!;
    layout.drawLine(line, S.axis, left + slot * (i + 0.5) - line.width / 2, bottom + 4);
  });

  if (spec.type === 'bar') {
    const groups = spec.series.length;
    const barWidth = Math.min(18, (slot * 0.72) / groups);
    spec.series.forEach((series, s) => {
      series.values.forEach((value, i) => {
        if (value === null || value <= spec.yMin) return;
        const x = left + slot * (i + 0.5) - (barWidth * groups) / 2 + s * barWidth;
        doc.rect(x + 0.5, yOf(value), barWidth - 1, bottom - yOf(value)).fill(SERIES[s % SERIES.length]!);
      });
    });
  } else {
    spec.series.forEach((series, s) => {
      const color = SERIES[s % SERIES.length]!;
      let drawing = false;
      series.values.forEach((value, i) => {
        const x = left + slot * (i + 0.5);
        if (value === null) {
          drawing = false;
          return;
        }
        if (drawing) doc.lineTo(x, yOf(value));
        else doc.moveTo(x, yOf(value));
        drawing = true;
      });
      doc.lineWidth(1.6).strokeColor(color).stroke();
      series.values.forEach((value, i) => {
        if (value !== null) doc.circle(left + slot * (i + 0.5), yOf(value), 2.4).fill(color);
      });
    });
  }
  doc.restore();

  // Legend: a swatch and a name for each series.
  let x = left;
  const legendTop = bottom + 20;
  spec.series.forEach((series, s) => {
    doc.rect(x, legendTop + 3, 9, 9).fill(SERIES[s % SERIES.length]!);
    const line = layout.wrap(series.name, S.small, 200)[0]!;
    layout.drawLine(line, S.small, x + 13, legendTop);
    x += 13 + line.width + 18;
  });
  layout.y = legendTop + layout.lineHeight(S.small) + 6;
  for (const line of readingLines) {
    layout.drawLine(line, S.note, MARGIN.left, layout.y);
    layout.y += layout.lineHeight(S.note);
  }
}
