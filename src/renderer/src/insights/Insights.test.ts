import '../testing/chart-shims';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Insights as InsightsData } from '../../../shared/insights';
import { installFakeHearth, session } from '../testing/fake-hearth';
import Insights from './Insights.svelte';

const data: InsightsData = {
  ratings: {
    points: [
      { checkInId: 'c1', date: '2026-01-04', a: 6, b: 7, gap: 1 },
      { checkInId: 'c2', date: '2026-01-11', a: 7, b: 7, gap: 0 },
      { checkInId: 'c3', date: '2026-02-01', a: 5, b: 8, gap: 3 },
    ],
    reading: 'Your ratings rose from 6.5 to 6.5 since January 2026.',
  },
  regularity: { months: [{ month: '2026-01', completed: 2, expected: 4 }, { month: '2026-02', completed: 1, expected: null }], reading: '3 check-ins since January 2026.' },
  appreciations: {
    months: [
      { month: '2026-01', total: 3 },
      { month: '2026-02', total: 0 },
    ],
    reading: 'You shared 3 appreciations with each other since January 2026.',
  },
  timeline: { months: [], reading: 'The moments you add to your timeline will be counted here by month.' },
  repair: { pairs: [], medianDays: null, reading: 'When you link a hard moment to its repair, it will show here.' },
  loveLanguages: {
    languages: [
      { language: 'words', total: 1 },
      { language: 'acts', total: 2 },
      { language: 'gifts', total: 0 },
      { language: 'time', total: 0 },
      { language: 'touch', total: 0 },
    ],
    totals: { words: 1, acts: 2, gifts: 0, time: 0, touch: 0 },
    reading: 'You logged 3 loving acts; acts of service came up most.',
  },
};


function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
}

describe('Insights', () => {
  it('shows each chart with its reading, and a table with the same numbers as the series', async () => {
    installFakeHearth({ 'insights.all': () => data });
    const user = userEvent.setup();
    render(Insights, { props: { session, onGo: () => {} } });

    const ratings = await screen.findByRole('region', { name: 'Connection ratings' });
    expect(within(ratings).getByText(data.ratings.reading)).toBeInTheDocument();
    await user.click(within(ratings).getByRole('button', { name: 'Show as table' }));
    const table = within(ratings).getByRole('table', { name: 'Connection ratings' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Check-in', 'Sam', 'Alex', 'Gap between you']);
    expect(rowsOf(table).map((r) => r.slice(1))).toEqual(data.ratings.points.map((p) => [String(p.a), String(p.b), String(p.gap)]));

    // The table is there for screen readers even while the chart shows.
    const regularity = screen.getByRole('region', { name: 'Check-ins, month by month' });
    expect(rowsOf(within(regularity).getByRole('table')).map((r) => r.slice(1))).toEqual([
      ['4', '2'],
      ['—', '1'],
    ]);
    const love = screen.getByRole('region', { name: 'Love in each language' });
    expect(within(love).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Love language', 'Logged together']);
    expect(rowsOf(within(love).getByRole('table'))).toEqual([
      ['Words of affirmation', '1'],
      ['Acts of service', '2'],
      ['Receiving gifts', '0'],
      ['Quality time', '0'],
      ['Physical touch', '0'],
    ]);
    const appreciations = screen.getByRole('region', { name: 'Appreciations shared' });
    expect(within(appreciations).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Month', 'Shared with each other']);
    expect(rowsOf(within(appreciations).getByRole('table')).map((r) => r.slice(1))).toEqual([['3'], ['0']]);

    // An empty series explains what will appear, and offers the way there.
    const moments = screen.getByRole('region', { name: 'Moments on your timeline' });
    expect(within(moments).queryByRole('table')).not.toBeInTheDocument();
    expect(within(moments).getByRole('button', { name: 'Go to the Timeline' })).toBeInTheDocument();
  });

  it('shows what you did together, never one partner’s count beside the other’s', async () => {
    installFakeHearth({ 'insights.all': () => data });
    const user = userEvent.setup();
    render(Insights, { props: { session, onGo: () => {} } });
    await screen.findByRole('region', { name: 'Connection ratings' });
    // Only the ratings name you one by one (each chooses their own number); every count is the two of you together.
    const counted = screen.getAllByRole('region').filter((r) => r.getAttribute('aria-label') === null && within(r).getByRole('heading', { level: 2 }).textContent !== 'Connection ratings');
    expect(counted.map((r) => within(r).getByRole('heading', { level: 2 }).textContent)).toEqual(expect.arrayContaining(['Appreciations shared', 'Love in each language']));
    for (const region of counted) {
      const title = within(region).getByRole('heading', { level: 2 }).textContent!;
      const toggle = within(region).queryByRole('button', { name: 'Show as table' });
      if (toggle) await user.click(toggle);
      expect(region.textContent, title).not.toMatch(/Sam|Alex/);
    }
    for (const name of ['Appreciations shared', 'Love in each language']) {
      // One number a row, for the couple: no column per partner.
      const rows = rowsOf(within(screen.getByRole('region', { name })).getByRole('table'));
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows.every((row) => row.length === 2), name).toBe(true);
    }
  });
});
