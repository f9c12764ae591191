import '../testing/chart-shims';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Insights as InsightsData, Patterns } from '../../../shared/insights';
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

const patterns: Patterns = {
  reflections: 5,
  horsemen: [
    { horseman: 'criticism', reflections: 2 },
    { horseman: 'stonewalling', reflections: 1 },
  ],
  barriers: [{ barrier: 'expectations', reflections: 3 }],
  feelings: (['hurt', 'tired', 'tense', 'anxious', 'lonely', 'sad', 'frustrated', 'hopeful'] as const).map((feeling, i) => ({ feeling, reflections: i < 2 ? 3 : 1 })),
  needs: [
    { need: 'support', reflections: 2 },
    { need: 'rest', reflections: 1 },
  ],
  reading: 'Counted from 5 reflections since January 2026, each reflection once: what you noticed, to talk about together.',
};

const nothing: Patterns = {
  reflections: 0,
  horsemen: [],
  barriers: [],
  feelings: [],
  needs: [],
  reading: 'When you write a conflict reflection, or both finish “After a hard moment”, what you notice in them will gather here.',
};

const fakes = (p: Patterns = patterns) => ({ 'insights.all': () => data, 'insights.patterns': () => p });

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
}

describe('Insights', () => {
  it('shows each chart with its reading, and a table with the same numbers as the series', async () => {
    installFakeHearth(fakes());
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
    installFakeHearth(fakes());
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
  it('words the patterns you noticed as noticing: each horseman with its antidote, barriers, the feelings and needs named most', async () => {
    installFakeHearth(fakes());
    const user = userEvent.setup();
    render(Insights, { props: { session, onGo: () => {} } });
    const region = await screen.findByRole('region', { name: 'Patterns you have noticed' });
    expect(within(region).getByTestId('reading')).toHaveTextContent(patterns.reading);

    const horsemen = within(region).getByRole('list', { name: 'The Four Horsemen' });
    const noticed = within(horsemen).getAllByRole('listitem');
    expect(noticed.map((li) => li.textContent)).toEqual([
      expect.stringContaining('You noticed criticism in 2 reflections.'),
      expect.stringContaining('You noticed stonewalling in one reflection.'),
    ]);
    expect(noticed[0]).toHaveTextContent('What helps instead: A gentle start-up.');
    expect(noticed[1]).toHaveTextContent('What helps instead: A break to calm down, then coming back.');
    expect(within(within(region).getByRole('list', { name: 'What got in the way' })).getByRole('listitem')).toHaveTextContent(
      'Expectations that were hard to meet — in 3 reflections',
    );
    expect(within(within(region).getByRole('list', { name: 'Needs named most' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'support — in 2 reflections',
      'rest — in one reflection',
    ]);

    // The six named most, then all of them from the keyboard.
    const feelings = () => within(within(region).getByRole('list', { name: 'Feelings named most' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(feelings()).toEqual(['hurt — in 3 reflections', 'tired — in 3 reflections', 'tense — in one reflection', 'anxious — in one reflection', 'lonely — in one reflection', 'sad — in one reflection']);
    const more = within(region).getByRole('button', { name: 'Show all 8 feelings' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    more.focus();
    await user.keyboard('{Enter}');
    expect(feelings()).toHaveLength(8);
    expect(within(region).getByRole('button', { name: 'Show the first 6' })).toHaveAttribute('aria-expanded', 'true');

    // For the two of you: no names, no scores, no streaks.
    expect(region.textContent).not.toMatch(/Sam|Alex|score|streak|in a row|rank/i);
  });

  it('says kindly when nothing was noticed, and offers the way to Reflections', async () => {
    installFakeHearth(fakes(nothing));
    const user = userEvent.setup();
    const went: string[] = [];
    render(Insights, { props: { session, onGo: (section: string) => went.push(section) } });
    const region = await screen.findByRole('region', { name: 'Patterns you have noticed' });
    expect(within(region).getByText(/Nothing noticed here yet, and there is no hurry/)).toBeInTheDocument();
    expect(within(region).queryByRole('list')).not.toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Go to Reflections' }));
    expect(went).toEqual(['reflections']);
  });

  it('asks for the patterns over the same range as the charts', async () => {
    const fake = installFakeHearth(fakes());
    const user = userEvent.setup();
    render(Insights, { props: { session, onGo: () => {} } });
    await screen.findByRole('region', { name: 'Patterns you have noticed' });
    await user.selectOptions(screen.getByLabelText('Show'), 'quarter');
    await vi.waitFor(() => expect(fake.calls.filter((c) => c.method === 'insights.patterns')).toHaveLength(2));
    const last = (method: string) => fake.calls.filter((c) => c.method === method).at(-1)!.arg;
    expect(last('insights.patterns')).toEqual({ from: expect.stringMatching(/^\d{4}-\d{2}-01$/) });
    expect(last('insights.patterns')).toEqual(last('insights.all'));
  });
});
