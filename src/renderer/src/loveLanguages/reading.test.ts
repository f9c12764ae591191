import { describe, expect, it } from 'vitest';
import type { LoveLanguageId, LoveLanguageSummary } from '../../../shared/loveLanguages';
import { readingOf } from './loveLanguages.svelte';

function summary(primary: LoveLanguageId | null, secondary: LoveLanguageId | null, total: number, inTheirLanguages: number): LoveLanguageSummary {
  return { partner: 'b', primary, secondary, received: { words: 0, acts: 0, gifts: 0, time: 0, touch: 0 }, total, inTheirLanguages, reading: '' };
}

/** The renderer says in the language spoken what the core's `reading` says in English: in English, word for word. */
describe('whether love reaches a partner, read from the numbers', () => {
  it.each([
    [summary(null, null, 0, 0), 'When Alex chooses a love language, you will see here how often Alex was loved in it.'],
    [summary('time', null, 0, 0), 'Nothing logged for Alex yet. One small idea in quality time is a lovely place to start.'],
    [summary('acts', 'touch', 0, 0), 'Nothing logged for Alex yet. One small idea in acts of service and physical touch is a lovely place to start.'],
    [summary('time', null, 1, 0), '1 kind thing was done for Alex; one in quality time might reach Alex most of all.'],
    [summary('time', null, 4, 0), '4 kind things were done for Alex; one in quality time might reach Alex most of all.'],
    [summary('time', null, 1, 1), 'The one thing done for Alex was in quality time, the language Alex hears.'],
    [summary('acts', 'touch', 2, 2), 'Both things done for Alex were in the languages Alex hears (acts of service or physical touch).'],
    [summary('time', null, 5, 5), 'All 5 things done for Alex were in quality time, the language Alex hears.'],
    [summary('time', null, 3, 2), '2 of the 3 things done for Alex were in quality time, the language Alex hears.'],
    [summary('words', 'gifts', 3, 1), '1 of the 3 things done for Alex was in the languages Alex hears (words of affirmation or receiving gifts).'],
  ])('%#', (s, reading) => {
    expect(readingOf(s, 'Alex')).toBe(reading);
  });
});
