import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../shared/timeline';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { formatMonth, formatSpan } from './format';
import { TimelineSection } from './timeline.svelte';
import TimelineList from './TimelineList.svelte';

const picnic: EventSummary = {
  id: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b', kind: 'memory', title: 'Picnic by the river', excerpt: 'Under the willow until dark.',
  startDate: '2021-06-12', endDate: null, author: 'both', valence: 2, tags: ['summer', 'outdoors'], photoCount: 2, cover: null,
};
const argument: EventSummary = {
  id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', kind: 'hard_moment', title: 'The argument about money', excerpt: '',
  startDate: '2021-02-11', endDate: '2021-02-12', author: 'a', valence: -1, tags: [], photoCount: 0, cover: null,
};

describe('the timeline list', () => {
  it('shows each entry as an article named by its title, under its year and month, and opens it', async () => {
    installFakeHearth({
      'timeline.years': () => [{ year: 2021, count: 2 }],
      'timeline.tags': () => [],
      'timeline.list': () => ({ items: [picnic, argument], next: null }),
      'drafts.list': () => [],
    });
    const section = new TimelineSection();
    render(TimelineList, { props: { section, partners: session.partners } });

    const first = await screen.findByRole('article', { name: 'Picnic by the river' });
    for (const text of [formatSpan('2021-06-12', null), 'Memory', 'by Sam and Alex', 'Felt: Very good', '2 photos', 'Under the willow until dark.']) {
      expect(first).toHaveTextContent(text);
    }
    expect(within(first).getByRole('list', { name: 'Tags' })).toHaveTextContent('#summer#outdoors');
    const second = screen.getByRole('article', { name: 'The argument about money' });
    // A span's dash has thin spaces around it, which the matcher reads as plain ones.
    const span = formatSpan('2021-02-11', '2021-02-12').replace(/\s/g, ' ');
    for (const text of [span, 'Hard moment', 'by Sam', 'Felt: Hard']) expect(second).toHaveTextContent(text);
    expect(second).not.toHaveTextContent('photo');

    expect(screen.getByRole('heading', { level: 2, name: '2021' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([formatMonth(6), formatMonth(2)]);
    expect(screen.getByText("That's everything.")).toBeInTheDocument();

    await userEvent.setup().click(within(second).getByRole('button', { name: 'The argument about money' }));
    expect(section.view).toEqual({ name: 'event', id: argument.id });
  });
});
