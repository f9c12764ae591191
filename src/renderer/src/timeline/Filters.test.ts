import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { TimelineFilters } from './filters.svelte';
import Filters from './Filters.svelte';
import { TimelineSection } from './timeline.svelte';
import TimelineList from './TimelineList.svelte';

const tags = [
  { tag: 'money', count: 4 },
  { tag: 'trips', count: 2 },
];

describe('timeline filters', () => {
  it('sends nothing to narrow by when nothing is chosen', () => {
    expect(new TimelineFilters().filter).toEqual({});
  });

  it('combines kind, tag, partner, dates and feeling into one filter', async () => {
    const filters = new TimelineFilters();
    render(Filters, { props: { filters, tags, partners: session.partners } });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Hard moment'));
    await user.click(screen.getByLabelText('Repair'));
    await user.selectOptions(screen.getByLabelText('Tag'), 'money');
    await user.selectOptions(screen.getByLabelText('Written by'), 'Alex');
    await user.type(screen.getByLabelText('From'), '2020-01-01');
    await user.type(screen.getByLabelText('To'), '2020-12-31');
    await user.selectOptions(screen.getByLabelText('Felt at most'), 'Mixed');
    expect(filters.filter).toEqual({
      kinds: ['hard_moment', 'repair'],
      tags: ['money'],
      author: 'b',
      from: '2020-01-01',
      to: '2020-12-31',
      valenceMax: 0,
    });
    expect(filters.active).toBe(6);

    await user.click(screen.getByLabelText('Hard moment'));
    await user.selectOptions(screen.getByLabelText('Written by'), 'Both together');
    await user.selectOptions(screen.getByLabelText('Felt at least'), 'Good');
    await user.selectOptions(screen.getByLabelText('Felt at most'), 'Very good');
    expect(filters.filter).toEqual({ kinds: ['repair'], tags: ['money'], author: 'both', from: '2020-01-01', to: '2020-12-31', valenceMin: 1 });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(filters.filter).toEqual({});
  });

  it('says when a date range ends before it starts', async () => {
    const filters = new TimelineFilters();
    render(Filters, { props: { filters, tags, partners: session.partners } });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('From'), '2021-05-01');
    await user.type(screen.getByLabelText('To'), '2021-04-01');
    expect(await screen.findByRole('alert')).toHaveTextContent('The end of the date range comes before its start.');
  });

  it('reads the timeline again with the chosen filters', async () => {
    const fake = installFakeHearth({
      'timeline.years': () => [{ year: 2020, count: 3 }],
      'timeline.tags': () => tags,
      'timeline.list': () => ({ items: [], next: null }),
      'drafts.list': () => [],
    });
    const section = new TimelineSection();
    render(TimelineList, { props: { section, partners: session.partners } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Filters/ }));
    await user.click(screen.getByLabelText('Memory'));
    await user.selectOptions(screen.getByLabelText('Written by'), 'Sam');
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.method === 'timeline.list').at(-1)?.arg).toEqual({
        order: 'newest',
        after: null,
        limit: 100,
        filter: { kinds: ['memory'], author: 'a' },
      }),
    );
    expect(screen.getByRole('button', { name: /Filters/ })).toHaveTextContent('Filters (2)');
  });
});
