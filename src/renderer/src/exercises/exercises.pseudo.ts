// Test support only (i18n/pseudo.test.ts): the Exercises section's screens, rendered for the pseudo-locale.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { AppreciationSession } from '../../../shared/appreciations';
import { JOURNAL_PROMPTS } from '../../../shared/journal';
import { formatDay, joinNames } from '../lib/locale';
import { draftStore, installFakeHearth, session } from '../testing/fake-hearth';
import Exercises from './Exercises.svelte';
import { ExercisesSection, type ExercisesView } from './exercises.svelte';

/** One screen for the pseudo-locale test: what is the couple's own (`data`), and how to show it. */
export interface PseudoCase {
  name: string;
  within?: string;
  data?: string[];
  show: () => Promise<void>;
}

const names = session.partners.map((p) => p.name);
const started = '2026-11-26T10:00:00.000Z';
const earlier = '2026-11-19T10:00:00.000Z';
const ownPrompt = { id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', text: 'What song is ours this year?', builtIn: false, addedBy: 'a' as const, answeredCount: 1 };
const builtIn = JOURNAL_PROMPTS.map((p) => ({ id: p.id, text: p.text, builtIn: true, addedBy: null, answeredCount: 0 }));

function appreciation(i: number, from: 'a' | 'b', text: string) {
  return { id: `7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c${String(i).padStart(2, '0')}`, sessionId: '4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b', from, text, createdAt: started, hint: { specific: true, nudge: null } };
}

/** An appreciation typed with its stem: shown as it was typed, the couple's own words. */
const typedWithStem = 'I appreciate you because you listened to the whole story';
const appreciationData = [...names, typedWithStem, formatDay(started), formatDay(earlier)];

const round: AppreciationSession = {
  id: '4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b',
  startedAt: started,
  finishedAt: null,
  firstTurn: 'a',
  nextTurn: 'b',
  checkInId: null,
  appreciations: [appreciation(1, 'a', 'you made soup when I had a cold'), appreciation(2, 'b', typedWithStem)],
  readyToFinish: false,
};

const appreciationFakes = {
  'appreciations.sessions': () => ({
    items: [
      { id: round.id, startedAt: started, finishedAt: null, shared: 2 },
      { id: '5a1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b', startedAt: earlier, finishedAt: earlier, shared: 1 },
    ],
    next: null,
  }),
  'appreciations.received': () => [appreciation(3, 'b', 'you walked the dog in the rain')],
  'appreciations.startSession': () => round,
  'appreciations.session': () => ({ ...round, id: '5a1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b', startedAt: earlier, finishedAt: earlier }),
};

const bodies = ['We walked by the river and talked about next summer.', 'The one from the wedding.', 'A quiet day.'];
const entry = { author: 'both' as const, body: bodies[0]!, date: '2026-11-25', version: 1, createdAt: started, updatedAt: started };
const journalFakes = {
  'journal.list': () => ({
    items: [
      { ...entry, id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', promptId: 'felt-safe', promptText: builtIn.find((p) => p.id === 'felt-safe')!.text },
      { ...entry, id: '2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', author: 'a' as const, promptId: ownPrompt.id, promptText: ownPrompt.text, body: bodies[1]! },
      { ...entry, id: '3a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', author: 'b' as const, promptId: null, promptText: null, body: bodies[2]! },
    ],
    next: null,
  }),
  'journal.promptOfTheWeek': () => ({ week: '2026-W48', prompt: builtIn.find((p) => p.id === 'feel-loved')!, answeredThisWeek: true }),
  'journal.prompts': () => [...builtIn, ownPrompt],
  ...draftStore().handlers,
};

const loveFakes = {
  'loveLanguages.get': () => [
    { partner: 'a', primary: 'acts', secondary: 'touch', givesPrimary: 'words', givesSecondary: 'gifts', updatedAt: started },
    { partner: 'b', primary: null, secondary: null, givesPrimary: null, givesSecondary: null, updatedAt: null },
  ],
  'loveLanguages.summary': () => [
    { partner: 'a', primary: 'acts', secondary: 'touch', received: { words: 1, acts: 1, gifts: 0, time: 0, touch: 1 }, total: 3, inTheirLanguages: 2, reading: '' },
    { partner: 'b', primary: null, secondary: null, received: { words: 0, acts: 0, gifts: 0, time: 0, touch: 0 }, total: 0, inTheirLanguages: 0, reading: '' },
  ],
  'loveLanguages.actions': () => [
    { id: '6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', by: 'b', for: 'a', language: 'acts', note: 'Fixed the bike', date: '2026-11-24', createdAt: started },
    { id: '7b2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', by: 'b', for: 'a', language: 'touch', note: '', date: '2026-11-23', createdAt: started },
  ],
};

function showExercises(view: ExercisesView, fakes: Record<string, (arg: unknown) => unknown> = {}) {
  installFakeHearth(fakes);
  const section = new ExercisesSection();
  section.show(view);
  render(Exercises, { section, session, onGo: () => {} });
}

/** A button whose pseudo-locale text holds `name` (a partner's name inside a message). */
const buttonWith = (text: string, root: HTMLElement = document.body) => within(root).getAllByRole('button').find((b) => b.textContent?.includes(text))!;

export const EXERCISES_CONVERTED: PseudoCase[] = [
  {
    name: 'Exercises: the landing page',
    show: async () => showExercises({ name: 'home' }),
  },
  ...['listening', 'quality-time', 'empathy'].map((id) => ({
    name: `Exercises: the practice "${id}"`,
    show: async () => showExercises({ name: 'practice', id }),
  })),
  {
    name: 'Appreciations: the page, past rounds and what Sam received',
    data: appreciationData,
    show: async () => showExercises({ name: 'appreciations' }, appreciationFakes),
  },
  {
    name: 'Appreciations: a round under way, with a nudge toward the specific',
    data: appreciationData,
    show: async () => {
      showExercises({ name: 'appreciations' }, appreciationFakes);
      const user = userEvent.setup();
      await user.click(await screen.findByText((_, el) => el?.tagName === 'BUTTON' && /^⟦Sam /.test(el.textContent ?? '')));
      await user.type(await screen.findByRole('textbox'), "you're nice");
    },
  },
  {
    name: 'Appreciations: a past round, reread',
    data: appreciationData,
    show: async () => {
      showExercises({ name: 'appreciations' }, appreciationFakes);
      await userEvent.setup().click(await screen.findByText(formatDay(earlier)));
    },
  },
  {
    name: 'Journal: the prompt of the week, entries and your own prompts, deleting one',
    data: [...names, joinNames(names), ownPrompt.text, ...bodies],
    show: async () => {
      showExercises({ name: 'journal' }, journalFakes);
      await screen.findByText(bodies[2]!);
      await userEvent.setup().click(screen.getAllByRole('button').filter((b) => b.textContent?.includes('Đéļéţé'))[0]!);
    },
  },
  {
    name: 'Journal: writing an answer',
    data: [...names, joinNames(names), ownPrompt.text, ...bodies],
    show: async () => {
      showExercises({ name: 'journal' }, journalFakes);
      await userEvent.setup().click(await screen.findByText((_, el) => el?.tagName === 'BUTTON' && /^⟦Åñšŵéŕ ţĥîš/.test(el.textContent ?? '')));
    },
  },
  {
    name: "Love languages: Sam's chosen, Alex taking the quiz, what was done",
    data: [...names, 'Fixed the bike'],
    show: async () => {
      showExercises({ name: 'loveLanguages' }, loveFakes);
      const user = userEvent.setup();
      const alex = await screen.findByRole('region', { name: 'Alex' });
      await user.click(buttonWith('ǫûîž', alex));
      for (const group of within(alex).getAllByRole('group')) await user.click(within(group).getAllByRole('radio')[0]!);
    },
  },
  {
    name: "Love languages: changing Sam's languages",
    data: [...names, 'Fixed the bike'],
    show: async () => {
      showExercises({ name: 'loveLanguages' }, loveFakes);
      const sam = await screen.findByRole('region', { name: 'Sam' });
      await userEvent.setup().click(buttonWith('Çĥåñĝé', sam));
    },
  },
];
