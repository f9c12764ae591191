import '../testing/chart-shims';
import { describe, expect, it } from 'vitest';
import { PATTERN_COUNT, seriesFill } from './contrast.svelte';
import type { Series } from './series';

const kinds: Series[] = ['milestone', 'memory', 'repair'].map((k) => ({ key: k, label: k, color: `var(--kind-${k})` }));
const ratings: Series[] = [
  { key: 'a', label: 'Sam', color: 'var(--chart-a)', line: 'solid' },
  { key: 'b', label: 'Alex', color: 'var(--chart-b)', line: 'dashed' },
  { key: 'gap', label: 'Gap between you', color: 'var(--chart-band)' },
];
const regularity: Series[] = [
  { key: 'expected', label: 'Planned', color: 'var(--chart-planned)' },
  { key: 'completed', label: 'Done together', color: 'var(--chart-a)' },
];

describe('chart fills in high contrast', () => {
  it('keeps each series its colour normally', () => {
    for (const s of [...kinds, ...ratings, ...regularity]) expect(seriesFill([s], s, false)).toBe(s.color);
  });

  it('gives each stacked series a pattern of its own, so none is told apart by colour alone', () => {
    const fills = kinds.map((s) => seriesFill(kinds, s, true));
    expect(fills).toEqual(['url(#hearth-pattern-0)', 'url(#hearth-pattern-1)', 'url(#hearth-pattern-2)']);
    expect(new Set(fills).size).toBe(kinds.length);
    expect(PATTERN_COUNT).toBeGreaterThanOrEqual(7);
  });

  it('keeps what was planned an outline and hatches the gap between two ratings', () => {
    expect(seriesFill(regularity, regularity[0]!, true)).toBe('var(--surface)');
    expect(seriesFill(regularity, regularity[1]!, true)).toBe('url(#hearth-pattern-0)');
    expect(seriesFill(ratings, ratings[2]!, true)).toBe('url(#hearth-pattern-band)');
  });
});
