// Test support only (i18n/pseudo.test.ts): the Insights section, each of its states, rendered for the pseudo-locale.
// Its charts need jsdom's shims (testing/chart-shims), which pseudo.test.ts loads first. Nothing in the app imports it.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Insights as InsightsData, Patterns } from '../../../shared/insights';
import { dateFormat } from '../lib/locale';
import { failure, installFakeHearth, session } from '../testing/fake-hearth';
import { dayToDate, formatEventDay } from '../timeline/format';
import Insights from './Insights.svelte';
import { monthLabel } from './series';

type Screen = { name: string; within?: string; data?: string[]; show: () => Promise<void> };

const names = session.partners.map((p) => p.name);
const DAYS = ['2026-01-04', '2026-01-11', '2026-02-01'];
const MONTHS = ['2026-01', '2026-02'];
const byKind = (n: number) => ({ milestone: n, memory: 0, quality_time: 1, appreciation: 0, hard_moment: 1, repair: 1, other: 0 });
const byValence = (n: number) => ({ veryHard: 0, hard: 1, neutral: 1, good: n, veryGood: 1 });
const REPAIR = { moment: 'The car keys', repair: 'Talking it over' };

const full: InsightsData = {
  ratings: {
    points: [
      { checkInId: 'c1', date: DAYS[0]!, a: 6, b: 7, gap: 1 },
      { checkInId: 'c2', date: DAYS[1]!, a: null, b: 7, gap: null },
      { checkInId: 'c3', date: DAYS[2]!, a: 8, b: 8, gap: 0 },
    ],
    reading: 'Your ratings rose from 6.5 to 8 since January 2026.',
  },
  regularity: {
    months: [
      { month: MONTHS[0]!, completed: 2, expected: null },
      { month: MONTHS[1]!, completed: 1, expected: 2 },
    ],
    reading: '3 check-ins since January 2026, of 2 planned. Every one counts.',
  },
  appreciations: { months: MONTHS.map((month, i) => ({ month, total: i + 2 })), reading: 'You shared 5 appreciations with each other since January 2026.' },
  timeline: {
    months: MONTHS.map((month, i) => ({ month, total: 4 + i, byKind: byKind(i + 1), byValence: byValence(i + 1) })),
    reading: '9 moments since January 2026: 5 good ones, 2 hard ones and 2 in between.',
  },
  repair: {
    pairs: [{ hardMomentId: 'h1', hardMomentTitle: REPAIR.moment, hardMomentDate: DAYS[0]!, repairId: 'r1', repairTitle: REPAIR.repair, repairDate: DAYS[1]!, days: 7 }],
    medianDays: 7,
    reading: 'After a hard moment you usually found your way back within 7 days (1 hard moment linked).',
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
    reading: 'You logged 5 loving acts; words of affirmation and acts of service came up most.',
  },
};

const noticed: Patterns = {
  reflections: 4,
  horsemen: [
    { horseman: 'criticism', reflections: 2 },
    { horseman: 'stonewalling', reflections: 1 },
  ],
  barriers: [{ barrier: 'expectations', reflections: 3 }],
  feelings: (['hurt', 'tired', 'tense', 'anxious', 'lonely', 'sad', 'frustrated', 'hopeful'] as const).map((feeling, i) => ({ feeling, reflections: i < 2 ? 3 : 1 })),
  needs: (['support', 'rest', 'closeness', 'respect', 'trust', 'understanding', 'play'] as const).map((need, i) => ({ need, reflections: i < 1 ? 2 : 1 })),
  reading: 'Counted from 4 reflections since January 2026, each reflection once: what you noticed, to talk about together.',
};

const empty: InsightsData = {
  ratings: { points: [], reading: 'The numbers you choose for how connected you feel will appear here, check-in by check-in.' },
  regularity: { months: [], reading: 'Your check-ins will show here, month by month, once you have done your first.' },
  appreciations: { months: [], reading: 'The appreciations you share with each other will gather here, month by month.' },
  timeline: { months: [], reading: 'The moments you add to your timeline will be counted here by month.' },
  repair: { pairs: [], medianDays: null, reading: 'When you link a hard moment to the repair that followed, you will see here how long finding your way back took.' },
  loveLanguages: {
    languages: (['words', 'acts', 'gifts', 'time', 'touch'] as const).map((language) => ({ language, total: 0 })),
    totals: { words: 0, acts: 0, gifts: 0, time: 0, touch: 0 },
    reading: 'Log the small things you do in each other’s love languages, and they will gather here.',
  },
};

const nothing: Patterns = {
  reflections: 0,
  horsemen: [],
  barriers: [],
  feelings: [],
  needs: [],
  reading: 'When you write a conflict reflection, or both finish “After a hard moment”, what you notice in them will gather here.',
};

/** The other cases each reading has: one rating, no check-in in the range, the same day, nothing ticked. */
const otherwise: InsightsData = {
  ...full,
  ratings: { points: [full.ratings.points[0]!], reading: 'One check-in with a number so far, averaging 6.5.' },
  regularity: { months: [{ month: MONTHS[0]!, completed: 0, expected: 2 }], reading: 'No check-ins yet in this time. Whenever you are ready, the next one is a fresh start.' },
  repair: { ...full.repair, pairs: full.repair.pairs.map((p) => ({ ...p, repairDate: p.hardMomentDate, days: 0 })), medianDays: 0, reading: 'After a hard moment you usually found your way back the same day (1 hard moment linked).' },
};
const unnamed: Patterns = { ...nothing, reflections: 2, reading: '2 reflections since January 2026, with no pattern, feeling or need ticked yet, and that is fine too.' };

/** The readings above the charts: the core says them in the language spoken (core/insights/insights-service.ts). */
const readingsOf = (all: typeof full, patterns: Patterns) => [
  ...[all.ratings, all.regularity, all.appreciations, all.timeline, all.repair, all.loveLanguages].map((r) => r.reading),
  patterns.reading,
];

/**
 * What the charts and tables show that comes from no catalogue: your names, the days and months, a repair's title,
 * and the readings, which come from the core.
 */
const data = [
  ...readingsOf(full, noticed),
  ...readingsOf(otherwise, unnamed),
  ...names,
  ...DAYS.map((d) => formatEventDay(d)),
  ...DAYS.map((d) => dateFormat({ day: 'numeric', month: 'short' }).format(dayToDate(d))),
  ...MONTHS.map(monthLabel),
  REPAIR.moment,
];

async function showInsights(all: () => unknown, patterns: () => unknown = () => noticed) {
  installFakeHearth({ 'insights.all': all, 'insights.patterns': patterns });
  render(Insights, { session, onGo: () => {} });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return userEvent.setup();
}

export const INSIGHTS_CONVERTED: Screen[] = [
  {
    name: 'Insights: every chart with numbers, one shown as a table, and the patterns you noticed',
    data,
    show: async () => {
      const user = await showInsights(() => full);
      await user.click(screen.getAllByRole('button', { pressed: false }).find((b) => b.hasAttribute('aria-controls'))!);
    },
  },
  {
    name: 'Insights: moments by how they felt, every feeling and need shown',
    data,
    show: async () => {
      const user = await showInsights(() => full);
      const group = screen.getByRole('group');
      await user.click(group.querySelectorAll('button')[1]!);
      for (const more of screen.getAllByRole('button', { expanded: false })) await user.click(more);
    },
  },
  {
    name: 'Insights: the other readings (one rating, no check-in in the range, repaired the same day, nothing ticked)',
    data,
    show: async () => {
      await showInsights(
        () => otherwise,
        () => unnamed,
      );
    },
  },
  {
    name: 'Insights: nothing yet anywhere',
    data: readingsOf(empty, nothing),
    show: async () => {
      await showInsights(
        () => empty,
        () => nothing,
      );
    },
  },
  {
    name: 'Insights: gathering',
    show: async () => {
      await showInsights(() => new Promise(() => {}));
    },
  },
  {
    name: 'Insights: could not be worked out',
    show: async () => {
      await showInsights(() => failure('VAULT_LOCKED', 'The vault is locked. Unlock it to go on.'));
    },
  },
];
