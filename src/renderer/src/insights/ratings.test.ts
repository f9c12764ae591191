import '../testing/chart-shims';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Insights } from '../../../shared/insights';
import { session } from '../testing/fake-hearth';
import DataTable from './DataTable.svelte';
import RatingsChart from './RatingsChart.svelte';
import { ratingsData } from './series';


/** Only the ratings series: the rest of the page is not read here. */
const insights = {
  ratings: {
    points: [
      { checkInId: 'c1', date: '2026-01-04', a: 6, b: 8, gap: 2 },
      { checkInId: 'c2', date: '2026-01-11', a: null, b: 9, gap: null },
      { checkInId: 'c3', date: '2026-01-25', a: 4, b: null, gap: null },
    ],
    reading: 'Your ratings moved from 7 to 4 since January 2026.',
  },
} as Insights;

describe('connection ratings with a number left out', () => {
  it('keep the missing one as a gap: null in the chart rows, a dash in the table, never 0', () => {
    const data = ratingsData(insights, session.partners);
    expect(data.rows.map((r) => [r.a, r.b, r.gap, r.low, r.high])).toEqual([
      [6, 8, 2, 6, 8],
      [null, 9, null, null, null],
      [4, null, null, null, null],
    ]);

    render(DataTable, { props: { data, caption: 'Connection ratings' } });
    const table = screen.getByRole('table', { name: 'Connection ratings' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].map((c) => c.textContent!.trim()));
    expect(rows).toEqual([
      ['6', '8', '2'],
      ['—', '9', '—'],
      ['4', '—', '—'],
    ]);
  });

  it('draws a dot only for each number given', () => {
    const { container } = render(RatingsChart, { props: { rows: ratingsData(insights, session.partners).rows } });
    // Four numbers were given among six places: four dots, none drawn for a number left out.
    expect(container.querySelectorAll('svg circle')).toHaveLength(4);
  });
});
