import { afterEach, describe, expect, it } from 'vitest';
import type { Insights, Patterns } from '../../../shared/insights';
import type { Catalogue } from '../../../shared/i18n/catalogue';
import en from '../../../shared/i18n/catalogues/en';
import { useCatalogue, useLanguage } from '../i18n/i18n.svelte';
import { appreciationsReading, loveReading, patternsReading, ratingsReading, regularityReading, repairReading, timelineReading } from './readings';

const CORE = 'The core’s own English sentence.';

const insights: Insights = {
  ratings: {
    points: [
      { checkInId: 'c1', date: '2026-01-04', a: 6, b: 7, gap: 1 },
      { checkInId: 'c2', date: '2026-01-11', a: null, b: 7, gap: null },
      { checkInId: 'c3', date: '2026-02-01', a: 8, b: 8, gap: 0 },
    ],
    reading: CORE,
  },
  regularity: {
    months: [
      { month: '2026-01', completed: 2, expected: null },
      { month: '2026-02', completed: 1, expected: 2 },
    ],
    reading: CORE,
  },
  appreciations: { months: [{ month: '2026-01', total: 2 }, { month: '2026-02', total: 3 }], reading: CORE },
  timeline: {
    months: [
      {
        month: '2026-01',
        total: 7,
        byKind: { milestone: 1, memory: 2, quality_time: 2, appreciation: 0, hard_moment: 2, repair: 0, other: 0 },
        byValence: { veryHard: 1, hard: 1, neutral: 0, good: 3, veryGood: 2 },
      },
    ],
    reading: CORE,
  },
  repair: {
    pairs: [{ hardMomentId: 'h', hardMomentTitle: 'Keys', hardMomentDate: '2026-01-04', repairId: 'r', repairTitle: 'Talk', repairDate: '2026-01-11', days: 7 }],
    medianDays: 7,
    reading: CORE,
  },
  loveLanguages: {
    languages: [
      { language: 'words', total: 2 },
      { language: 'acts', total: 2 },
      { language: 'gifts', total: 0 },
      { language: 'time', total: 1 },
      { language: 'touch', total: 0 },
    ],
    totals: { words: 2, acts: 2, gifts: 0, time: 1, touch: 0 },
    reading: CORE,
  },
};
const patterns: Patterns = { reflections: 3, horsemen: [{ horseman: 'criticism', reflections: 2 }], barriers: [], feelings: [], needs: [], reading: CORE };

const all = () => [
  ratingsReading(insights.ratings),
  regularityReading(insights.regularity),
  appreciationsReading(insights.appreciations),
  timelineReading(insights.timeline),
  repairReading(insights.repair),
  loveReading(insights.loveLanguages),
  patternsReading(patterns),
];

afterEach(async () => {
  await useLanguage('en');
});

describe('the readings above the charts', () => {
  it('are the core’s own sentences while Hearth speaks English', () => {
    expect(all()).toEqual(Array(7).fill(CORE));
  });

  it('choose among the same cases as the core: its English, said from the English catalogue', async () => {
    // Under a tag of its own the English catalogue is not "English", so the sentences are composed as in German.
    await useCatalogue('en-x-composed', en as unknown as Catalogue);
    expect(all()).toEqual([
      'Your ratings rose from 6.5 to 8 since January 2026.',
      '3 check-ins since January 2026: every one you planned.',
      'You shared 5 appreciations with each other since January 2026.',
      '7 moments since January 2026: 5 good ones and 2 hard ones.',
      'After a hard moment you usually found your way back within 7 days (1 hard moment linked).',
      'You logged 5 loving acts; words of affirmation and acts of service came up most.',
      'Counted from 3 reflections, each reflection once: what you noticed, to talk about together.',
    ]);
  });

  it('are said in German from the numbers', async () => {
    await useLanguage('de');
    expect(all()).toEqual([
      'Eure Werte sind seit Januar 2026 von 6,5 auf 8 gestiegen.',
      '3 Gespräche seit Januar 2026: jedes, das ihr geplant hattet.',
      'Ihr habt seit Januar 2026 5 Wertschätzungen miteinander geteilt.',
      '7 Momente seit Januar 2026: 5 gute und 2 schwere.',
      'Nach einem schweren Moment habt ihr meist innerhalb von 7 Tagen wieder zueinandergefunden (1 schwerer Moment verknüpft).',
      'Ihr habt 5 liebevolle Gesten festgehalten; am häufigsten: Worte der Anerkennung und Hilfsbereitschaft.',
      'Gezählt aus 3 Reflexionen, jede Reflexion einmal: was euch aufgefallen ist, um gemeinsam darüber zu reden.',
    ]);
  });
});
