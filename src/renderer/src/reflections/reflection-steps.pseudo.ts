// Test support only (i18n/pseudo.test.ts): writing a reflection, step by step, with its pickers and help dialogs,
// rendered for the pseudo-locale. Nothing in the app imports it.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { PartnerId } from '../../../shared/basics';
import type { Draft } from '../../../shared/drafts';
import {
  AftermathAnswers,
  ConflictAnswers,
  ForgivenessAnswers,
  type AftermathReflection,
  type ConflictReflection,
  type ForgivenessReflection,
} from '../../../shared/reflections';
import type { EventSummary } from '../../../shared/timeline';
import { t } from '../i18n/i18n.svelte';
import { draftStore, failure, installFakeHearth, session } from '../testing/fake-hearth';
import { reflectionBase } from '../testing/fixtures';
import { formatEventDay } from '../timeline/format';
import { kindInfo } from '../timeline/kinds';
import CheckBacks from './CheckBacks.svelte';
import { suggestionFor } from './editors.svelte';
import EventPicker from './EventPicker.svelte';
import HardToMovePast from './HardToMovePast.svelte';
import { CONFLICT_STEPS, forgivenessSteps } from './steps';
import WriteSide from './WriteSide.svelte';
import WriteSolo from './WriteSolo.svelte';

type Screen = { name: string; within?: string; data?: string[]; show: () => Promise<void> };

const ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const NOW = '2026-03-06T19:00:00.000Z';
const names = session.partners.map((p) => p.name);
const noop = () => {};

/** The couple's own words, as they wrote them. */
const OWN = {
  title: 'Phones at dinner',
  observation: 'You looked at your phone while I talked.',
  story: 'My day did not matter to you.',
  softStartup: 'I feel hurt when I tell you about my day and the phone is out.',
  aftermathTitle: 'The car park',
  account: 'I thought we said six, and everyone was watching.',
  event: 'The argument about the keys',
  note: 'A little lighter this week.',
};

const conflictAnswers = ConflictAnswers.parse({
  observation: OWN.observation,
  feelings: [
    { feeling: 'hurt', intensity: 4 },
    { feeling: 'lonely', intensity: 2 },
  ],
  needs: ['closeness', 'understanding'],
  story: OWN.story,
  storyBelief: 80,
  horsemen: ['criticism'],
  barriers: ['past_wounds'],
});

/** Wait until `found` finds something on the screen. */
async function until(found: () => unknown, what = 'what the case shows'): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (found()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`The screen never showed ${what}.`);
}

/** Wait until the form shows `step` (0-based): the fake core answers, the screen settles. */
async function atStep(step: number): Promise<void> {
  await until(() => screen.queryByRole('progressbar')?.getAttribute('aria-valuenow') === String(step + 1), `step ${step + 1}`);
}

/** A conflict or forgiveness reflection saved once, opened at `step`; `drafts` are there from the start. */
async function solo(type: 'conflict' | 'forgiveness', step: number, answers: ConflictAnswers | ForgivenessAnswers, drafts: Draft[] = [], version = 1) {
  const reflection = {
    ...reflectionBase(ID, NOW),
    type,
    title: OWN.title,
    author: 'a' as const,
    answers,
    version,
    ...(type === 'forgiveness' ? { checkBacks: [] } : {}),
  } as ConflictReflection | ForgivenessReflection;
  const { handlers } = draftStore(drafts, NOW);
  installFakeHearth({ 'reflections.get': () => reflection, 'reflections.update': () => reflection, ...handlers });
  render(WriteSolo, { type, id: ID, step, partners: session.partners, onSaved: noop, onClose: noop, onExport: noop });
  await atStep(step);
}

/**
 * The start-up made from those answers. The pseudo-locale is an English variant, so it is English's sentence, made by
 * src/shared/reflections.ts from the writer's words and the feeling and need words as they are kept.
 */
const SUGGESTION = suggestionFor(conflictAnswers);

const conflictStep = (index: number, extra: Partial<Screen> = {}, answers: ConflictAnswers = conflictAnswers): Screen => ({
  name: `Writing a conflict reflection: step ${index + 1}, ${CONFLICT_STEPS[index]!.id}`,
  data: [...names, SUGGESTION, OWN.story],
  show: () => solo('conflict', index, answers),
  ...extra,
});

const someone = ForgivenessAnswers.parse({ toward: 'someone', decision: 'working_on_it', hardToMovePast: true, commitment: 'I choose to let it go.' });
const myself = ForgivenessAnswers.parse({ toward: 'myself', decision: 'not_yet' });

const forgivenessCases = (toward: 'someone' | 'myself'): Screen[] =>
  forgivenessSteps(toward).map((step, index) => ({
    name: `Writing a forgiveness reflection toward ${toward}: step ${index + 1}, ${step.id}`,
    data: names,
    show: () => solo('forgiveness', index, toward === 'someone' ? someone : myself),
  }));

/** An aftermath whose sides are `a` and `b`; `partner` writes theirs, moved to `step` with the step list. */
async function side(partner: PartnerId, step: number, a: AftermathAnswers, b: AftermathAnswers = AftermathAnswers.parse({}), done = { a: false, b: false }) {
  const at = (answers: AftermathAnswers, isDone: boolean) => ({ answers, done: isDone, version: 1, updatedAt: NOW });
  const reflection: AftermathReflection = {
    ...reflectionBase(ID, NOW),
    type: 'aftermath',
    author: 'both',
    title: OWN.aftermathTitle,
    sides: { a: at(a, done.a), b: at(b, done.b) },
    bothDone: done.a && done.b,
  };
  const { handlers } = draftStore([], NOW);
  installFakeHearth({ 'reflections.get': () => reflection, 'reflections.saveSide': () => reflection, ...handlers });
  render(WriteSide, { id: ID, partner, partners: session.partners, onSaved: noop });
  await atStep(0);
  if (step > 0) {
    await userEvent.setup().selectOptions(screen.getByRole('combobox'), String(step));
    await atStep(step);
  }
}

const mine = AftermathAnswers.parse({ feelings: [{ feeling: 'anxious', intensity: 5 }], acceptance: 'still_need' });
const shown = AftermathAnswers.parse({ myReality: OWN.account, showMyReality: true });

const event = (id: string, kind: EventSummary['kind'], title: string): EventSummary => ({
  id,
  kind,
  title,
  excerpt: '',
  startDate: '2026-03-01',
  endDate: null,
  author: 'a',
  valence: -1,
  tags: [],
  photoCount: 0,
  cover: null,
});

function picker(events: EventSummary[] | { error: unknown }) {
  installFakeHearth({
    'timeline.list': () => (Array.isArray(events) ? { items: events, next: null } : events),
    'search.query': () => ({ groups: [], total: 0 }),
  });
  render(EventPicker, {
    props: { open: true, title: t('reflections.linkMoment'), intro: t('reflections.linkMomentIntro'), kind: 'hard_moment', onPick: async () => {}, onClose: noop },
  });
}

const forgiveness = (over: Partial<ForgivenessReflection> = {}): ForgivenessReflection => ({
  ...reflectionBase(ID, NOW),
  type: 'forgiveness',
  title: OWN.title,
  author: 'a',
  answers: someone,
  checkBacks: [],
  ...over,
});

export const REFLECTION_STEPS_CONVERTED: Screen[] = [
  {
    name: 'Writing a conflict reflection: a new one, asking for a title',
    data: names,
    show: async () => {
      const { handlers } = draftStore([], NOW);
      installFakeHearth({ ...handlers });
      render(WriteSolo, { type: 'conflict', id: null, partners: session.partners, onSaved: noop, onClose: noop, onExport: noop });
      await atStep(0);
      await userEvent.setup().click(screen.getByRole('button', { name: /Ñéẋţ/ }));
      await until(() => document.getElementById('reflection-title-error'));
    },
  },
  {
    name: 'Writing a conflict reflection: a title too long',
    data: names,
    show: async () => {
      const { handlers } = draftStore([], NOW);
      installFakeHearth({ ...handlers });
      render(WriteSolo, { type: 'conflict', id: null, partners: session.partners, onSaved: noop, onClose: noop, onExport: noop });
      await atStep(0);
      await fireEvent.input(document.getElementById('reflection-title')!, { target: { value: 'x'.repeat(201) } });
      await userEvent.setup().click(screen.getByRole('button', { name: /Ñéẋţ/ }));
      await until(() => document.getElementById('reflection-title-error'));
    },
  },
  ...CONFLICT_STEPS.map((_, index) => conflictStep(index)),
  {
    name: 'Writing a conflict reflection: a start-up in my own words, beside the one made from my answers',
    data: [...names, SUGGESTION],
    show: async () => {
      await solo('conflict', CONFLICT_STEPS.findIndex((s) => s.id === 'softStartup'), { ...conflictAnswers, softStartup: OWN.softStartup });
      await until(() => screen.queryByText(SUGGESTION), 'the start-up made from the answers');
    },
  },
  {
    name: 'Writing a conflict reflection: what the barriers mean (dialog)',
    data: names,
    show: async () => {
      await solo('conflict', CONFLICT_STEPS.findIndex((s) => s.id === 'barriers'), conflictAnswers);
      await userEvent.setup().click(screen.getByRole('button', { name: /Ŵĥåţ/ }));
      await screen.findByRole('dialog');
    },
  },
  {
    name: 'Writing a conflict reflection: unsaved words offered again',
    data: names,
    show: () =>
      solo('conflict', 1, conflictAnswers, [
        { key: `reflection:${ID}`, content: JSON.stringify({ step: 1, title: OWN.title, author: 'a', answers: conflictAnswers, softEdited: false }), baseVersion: 1, savedAt: NOW },
      ]),
  },
  {
    name: 'Writing a conflict reflection: saved elsewhere meanwhile, with the saved version',
    data: [...names, OWN.title],
    show: async () => {
      const draft = { step: 1, title: OWN.title, author: 'a', answers: conflictAnswers, softEdited: false };
      await solo('conflict', 1, conflictAnswers, [{ key: `reflection:${ID}`, content: JSON.stringify(draft), baseVersion: 1, savedAt: NOW }], 2);
      await until(() => document.getElementById('saved-version'), 'the saved version');
    },
  },
  ...forgivenessCases('someone'),
  ...forgivenessCases('myself'),
  ...[0, 1, 2, 3, 4].map(
    (step): Screen => ({
      name: `Writing one side of an aftermath: step ${step + 1}, on my own`,
      data: names,
      show: () => side('a', step, mine),
    }),
  ),
  {
    name: 'Writing one side of an aftermath: step 2, with the account the other chose to show',
    data: [...names, OWN.account],
    show: async () => {
      await side('a', 1, mine, shown);
      await until(() => screen.queryByTestId('shown-account'), 'the account shown');
    },
  },
  {
    name: 'Writing one side of an aftermath: my side already done',
    data: names,
    show: () => side('a', 4, mine, AftermathAnswers.parse({}), { a: true, b: false }),
  },
  {
    name: 'Choosing an entry: the recent hard moments',
    data: [OWN.event, kindInfo('hard_moment').label, formatEventDay('2026-03-01')],
    show: async () => picker([event('e1', 'hard_moment', OWN.event)]),
  },
  {
    name: 'Choosing an entry: none of the kind yet',
    show: async () => picker([]),
  },
  {
    name: 'Choosing an entry: nothing matches what was typed',
    show: async () => {
      picker([]);
      await userEvent.setup().type(screen.getByRole('searchbox'), 'keys');
      await screen.findByText(/keys/);
    },
  },
  {
    name: 'Choosing an entry: the list could not be read',
    show: async () => picker(failure('INTERNAL')),
  },
  {
    name: 'Coming back to a forgiveness reflection: none yet',
    show: async () => {
      installFakeHearth({});
      render(CheckBacks, { reflection: forgiveness(), onChanged: noop });
    },
  },
  {
    name: 'Coming back to a forgiveness reflection: two check-backs, adding one without a day',
    data: [formatEventDay('2026-03-01', 'long'), formatEventDay('2026-03-08', 'long'), '·', OWN.note],
    show: async () => {
      installFakeHearth({});
      render(CheckBacks, {
        reflection: forgiveness({
          checkBacks: [
            { date: '2026-03-01', decision: 'not_yet', note: '', savedAt: NOW },
            { date: '2026-03-08', decision: 'working_on_it', note: OWN.note, savedAt: NOW },
          ],
        }),
        onChanged: noop,
      });
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: /Åđđ/ }));
      await fireEvent.input(document.getElementById('check-back-date')!, { target: { value: '' } });
      await user.click(screen.getByRole('button', { name: /Šåṽé/ }));
      await screen.findByRole('alert');
    },
  },
  {
    name: 'Hard to move past, as the reflection shows it',
    show: async () => {
      render(HardToMovePast, { checked: true, onExport: noop });
    },
  },
];
