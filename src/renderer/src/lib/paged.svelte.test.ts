import { describe, expect, it } from 'vitest';
import { Pages } from './paged.svelte';

describe('a list read a page at a time', () => {
  it('appends pages, starts over on reload, drops an item without reading again, and ignores an answer a reload outdated', async () => {
    const pages = [['a', 'b'], ['c', 'd'], ['e']];
    let reads = 0;
    let hold: Promise<void> | null = null;
    const list = new Pages<string, number>(async (after) => {
      reads++;
      if (hold) await hold;
      const index = after ?? 0;
      return { items: pages[index]!, next: index < pages.length - 1 ? index + 1 : null };
    });
    await list.reload();
    expect(list.items).toEqual(['a', 'b']);
    await list.loadMore();
    await list.loadMore();
    expect(list.items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(list.hasMore).toBe(false);

    list.drop((item) => item === 'c');
    expect(list.items).toEqual(['a', 'b', 'd', 'e']);
    expect(reads).toBe(3);

    // A page asked for before a reload arrives after it: it is not shown.
    await list.reload();
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    const late = list.loadMore();
    hold = null;
    const fresh = list.reload();
    release();
    await Promise.all([late, fresh]);
    expect(list.items).toEqual(['a', 'b']);
    expect(list.hasMore).toBe(true);
  });
});
