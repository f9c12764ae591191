import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../shared/timeline';
import KindIcon from './KindIcon.svelte';
import { kindInfo } from './kinds';

/** The paths an icon draws. */
function paths(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('svg path'))
    .map((path) => path.getAttribute('d') ?? '')
    .sort();
}

describe('a kind icon', () => {
  it.each(EVENT_KINDS)('draws the same shape for %s as the lucide icon the kind names', (kind) => {
    const ours = render(KindIcon, { props: { kind, size: 16 } });
    const theirs = render(kindInfo(kind).icon, { props: { size: 16 } });
    expect(paths(ours.container)).not.toEqual([]);
    expect(paths(ours.container)).toEqual(paths(theirs.container));
    expect(ours.container.querySelectorAll('svg :not(path)')).toHaveLength(0);
    expect(ours.container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
