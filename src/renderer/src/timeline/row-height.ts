import type { Row } from './timeline.svelte';

/**
 * A row's height before it has been in the page, from what it shows (timeline.css): the closer the guess, the less
 * moves when the row is measured.
 */
export function estimateHeight(row: Row): number {
  if (row.type === 'year') return 68;
  if (row.type === 'month') return 32;
  const { excerpt, tags, cover } = row.event;
  // The card's padding and border, the title and the line under it, and the gap below the card.
  let card = 2 + 32 + 25 + 6 + 20;
  // About 90 characters fit on a line of the excerpt, which shows two at most.
  if (excerpt) card += 6 + (excerpt.length > 90 ? 48 : 24);
  if (tags.length > 0) card += 6 + 20;
  return Math.max(card, cover ? 114 : 0) + 16;
}
