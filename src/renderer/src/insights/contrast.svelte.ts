import { MediaQuery } from 'svelte/reactivity';
import type { Series } from './series';

/**
 * Whether the charts draw in high contrast: when the system forces its own colours (Windows' contrast themes) or asks
 * for more contrast. Then each bar series is filled with a pattern of its own (ChartPatterns.svelte) in ink on the
 * card, so no series is told from another by colour alone; the rating lines already differ by dash and marker.
 */
export class ChartContrast {
  readonly #forced = new MediaQuery('(forced-colors: active)');
  readonly #more = new MediaQuery('(prefers-contrast: more)');

  get patterned(): boolean {
    return this.#forced.current || this.#more.current;
  }
}

/** The window's one answer, shared by every chart and its legend. */
export const chartContrast = new ChartContrast();

/** How many patterns ChartPatterns.svelte defines: one for each series a chart can stack (seven kinds of moment). */
export const PATTERN_COUNT = 8;

/**
 * What a block of `s` (a bar, a legend swatch, the ratings' band) is filled with: its colour, or in high contrast its
 * pattern. What was planned stays an outline on the card, and the gap between two ratings a light hatching.
 */
export function seriesFill(series: readonly Series[], s: Series, patterned = chartContrast.patterned): string {
  if (!patterned) return s.color;
  if (s.key === 'expected') return 'var(--surface)';
  if (s.key === 'gap') return 'url(#hearth-pattern-band)';
  const blocks = series.filter((x) => !x.line && x.key !== 'expected' && x.key !== 'gap');
  return `url(#hearth-pattern-${Math.max(0, blocks.indexOf(s)) % PATTERN_COUNT})`;
}
