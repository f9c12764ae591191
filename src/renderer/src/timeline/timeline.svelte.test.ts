import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../shared/timeline';
import { installFakeHearth } from '../testing/fake-hearth';
import { formatMonth, formatSpan } from './format';
import { toRows, TimelineList } from './timeline.svelte';

const entry = (id: string, startDate: string): EventSummary => ({
  id, kind: 'memory', title: `Entry ${id}`, excerpt: '', startDate, endDate: null, author: 'both', valence: 0, tags: [], photoCount: 0, cover: null,
});

// Newest first, with a page break inside March 2021 and another at the turn of the year.
const entries = [
  entry('a', '2021-03-20'), entry('b', '2021-03-02'),
  entry('c', '2021-03-01'), entry('d', '2021-01-05'),
  entry('e', '2020-12-31'), entry('f', '2020-12-01'),
];

describe('timeline rows', () => {
  it('adds only the new rows when a page is appended, with no heading repeated', async () => {
    const pages = [entries.slice(0, 2), entries.slice(2, 4), entries.slice(4)];
    installFakeHearth({
      'timeline.years': () => [{ year: 2021, count: 4 }, { year: 2020, count: 2 }],
      'timeline.tags': () => [],
      'timeline.list': (arg) => {
        const after = (arg as { after: { id: string } | null }).after;
        const index = after === null ? 0 : pages.findIndex((p) => p.at(-1)!.id === after.id) + 1;
        return { items: pages[index], next: index < pages.length - 1 ? { date: pages[index]!.at(-1)!.startDate, id: pages[index]!.at(-1)!.id } : null };
      },
    });
    const list = new TimelineList();
    await list.reload();
    const first = list.rows;
    expect(first.map((r) => r.key)).toEqual(['y2021', 'm2021-03', 'a', 'b']);
    await list.loadMore();
    await list.loadMore();
    expect(list.rows.map((r) => r.key)).toEqual(toRows(entries).map((r) => r.key));
    expect(list.rows.map((r) => r.key)).toEqual(['y2021', 'm2021-03', 'a', 'b', 'c', 'm2021-01', 'd', 'y2020', 'm2020-12', 'e', 'f']);
    // The rows already built are the same objects: an appended page does not rebuild them.
    expect(list.rows[2]).toBe(first[2]);

    // A reload (new filters, new order) builds from scratch.
    await list.reload();
    expect(list.rows.map((r) => r.key)).toEqual(['y2021', 'm2021-03', 'a', 'b']);
  });
});

describe('an entry row', () => {
  it('carries the words it shows, worked out when its page arrives', () => {
    const [, month, plain] = toRows([entry('a', '2021-03-20')]);
    expect(month).toMatchObject({ type: 'month', name: formatMonth(3) });
    expect(plain).toMatchObject({ type: 'event', day: formatSpan('2021-03-20', null), feeling: 'Mixed', photos: '' });

    const [, , trip] = toRows([{ ...entry('b', '2022-04-01'), endDate: '2022-04-08', valence: 2, photoCount: 3 }]);
    expect(trip).toMatchObject({ day: formatSpan('2022-04-01', '2022-04-08'), feeling: 'Very good', photos: '3 photos' });
    const [, , one] = toRows([{ ...entry('c', '2022-05-01'), photoCount: 1 }]);
    expect(one).toMatchObject({ photos: '1 photo' });
  });
});
