import { describe, expect, it } from 'vitest';
import type { ExportCandidate } from '../../../shared/therapyExport';
import { ExportChoice } from './export.svelte';

const candidate = (id: string, kind: ExportCandidate['kind'], marked = false): ExportCandidate => ({
  id,
  kind,
  date: '2026-03-02',
  title: `Entry ${id}`,
  author: 'a',
  marked,
});

describe('choosing what goes into a therapy export', () => {
  it('starts with every kind but the timeline, both partners, no range, nothing left out', () => {
    const choice = new ExportChoice();
    expect(choice.selection).toEqual({
      kinds: ['conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights'],
      who: 'both',
      exclude: [],
    });
  });

  it('keeps the kinds in the document’s order, whatever order they are ticked in', () => {
    const choice = new ExportChoice();
    choice.toggleKind('conflict');
    choice.toggleKind('timeline');
    choice.toggleKind('conflict');
    expect(choice.selection.kinds).toEqual(['timeline', 'conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights']);
    expect(choice.hasKind('timeline')).toBe(true);
  });

  it('carries the range and partner, and catches a range that ends before it starts', () => {
    const choice = new ExportChoice();
    choice.from = '2026-03-01';
    choice.to = '2026-02-01';
    choice.who = 'b';
    expect(choice.rangeProblem).toMatch(/end of the range/);
    expect(choice.selection).toMatchObject({ from: '2026-03-01', to: '2026-02-01', who: 'b' });
    choice.to = '2026-03-31';
    expect(choice.rangeProblem).toBeNull();
  });

  it('ticks and unticks items one by one; unticked items that no longer match are not sent', () => {
    const choice = new ExportChoice();
    choice.setCandidates([candidate('1', 'conflict'), candidate('2', 'checkin'), candidate('3', 'journal')]);
    expect(choice.included).toBe(3);
    choice.toggle('2');
    expect(choice.isIncluded('2')).toBe(false);
    expect(choice.included).toBe(2);
    expect(choice.selection.exclude).toEqual(['2']);
    choice.setCandidates([candidate('1', 'conflict'), candidate('3', 'journal')]);
    expect(choice.selection.exclude).toEqual([]);
    choice.setCandidates([candidate('1', 'conflict'), candidate('2', 'checkin'), candidate('3', 'journal')]);
    expect(choice.isIncluded('2')).toBe(false); // still unticked when it matches again
    choice.toggle('2');
    expect(choice.selection.exclude).toEqual([]);
  });

  it('leaves all out, includes all, or keeps only the reflections marked for therapy', () => {
    const choice = new ExportChoice();
    choice.setCandidates([candidate('1', 'conflict', true), candidate('2', 'aftermath'), candidate('3', 'checkin')]);
    choice.leaveAllOut();
    expect(choice.included).toBe(0);
    choice.includeAll();
    expect(choice.included).toBe(3);
    choice.onlyMarked();
    expect(choice.selection.exclude).toEqual(['2']);
  });

  it('asks for new candidates only when the range, kinds or partner change, not when an item is unticked', () => {
    const choice = new ExportChoice();
    choice.setCandidates([candidate('1', 'conflict')]);
    const before = choice.query;
    choice.toggle('1');
    expect(choice.query).toBe(before);
    choice.who = 'a';
    expect(choice.query).not.toBe(before);
  });
});
