// Test support only (i18n/pseudo.test.ts): the Reflections section's list and reading screens, rendered for the
// pseudo-locale. Nothing in the app imports it.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import {
  AftermathAnswers,
  ConflictAnswers,
  ForgivenessAnswers,
  type AftermathReflection,
  type ConflictReflection,
  type ForgivenessReflection,
  type Reflection,
  type ReflectionSummary,
} from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';
import { formatDayTime } from '../lib/locale';
import { shortcut } from '../lib/keys';
import { draftStore, failure, installFakeHearth, session } from '../testing/fake-hearth';
import { reflectionBase } from '../testing/fixtures';
import { formatEventDay } from '../timeline/format';
import BeginAftermath from './BeginAftermath.svelte';
import CommitmentPrint from './CommitmentPrint.svelte';
import Notices from './Notices.svelte';
import Reflections from './Reflections.svelte';
import { ReflectionsSection } from './reflections.svelte';
import { needWord } from './feelings';

type Screen = { name: string; within?: string; data?: string[]; show: () => Promise<void> };

const names = session.partners.map((p) => p.name);
const noop = () => {};

const BEGUN = '2026-03-06T18:00:00.000Z';
const LATER = '2026-03-09T20:00:00.000Z';
const RESOLVED = '2026-03-10T09:45:00.000Z';
const CONFLICT_ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const AFTERMATH_ID = '6e1d0b5f-3c8a-4d2e-9f4b-0a7c2d3e4f5a';
const FORGIVENESS_ID = '7f2e1c6a-4d9b-4e3f-8a5c-1b8d3e4f5a6b';
const CHECKIN_ID = '4c2a9e1d-7b3f-4e6a-9d8c-1f2e3a4b5c6d';

/** The couple's own words, as they wrote them. */
const OWN = {
  conflictTitle: 'Phones at dinner',
  aftermathTitle: 'The car park',
  forgivenessTitle: 'My birthday',
  selfTitle: 'The missed call',
  observation: 'You looked at your phone while I talked.',
  needsOther: 'a quiet evening',
  story: 'My day did not matter to you.',
  storyFor: 'You did not look up.',
  storyAgainst: 'You asked about it the next morning.',
  storyKinder: 'You were worried about your sister.',
  myPart: 'I started while you were reading.',
  softStartup: 'I feel hurt when I tell you about my day and the phone is out.',
  request: 'Could the phones go in the drawer at dinner?',
  compromise: 'I can wait until you have finished reading.',
  myReality: 'I felt rushed.',
  theirReality: 'I thought we said six.',
  heard: 'You were worried about being late.',
  validation: 'It makes sense: it was loud.',
  stillNeeded: 'Some time to cool off.',
  iCanDo: 'Check the time earlier.',
  hurt: 'The day passed and nobody said a word.',
  commitment: 'I choose to let go of my birthday.',
  holdOn: 'Remembering the card that came later.',
};

const moment = { id: '8a3f2d7b-5e0c-4f4a-9b6d-2c9e4f5a6b7c', kind: 'hard_moment' as const, title: 'Dinner went quiet', startDate: '2026-03-05' };
const repair = { id: '9b4a3e8c-6f1d-4a5b-8c7e-3d0f5a6b7c8d', kind: 'repair' as const, title: 'Talked it through on the walk', startDate: '2026-03-09' };

const conflict: ConflictReflection = {
  ...reflectionBase(CONFLICT_ID, BEGUN),
  updatedAt: RESOLVED,
  type: 'conflict',
  author: 'a',
  title: OWN.conflictTitle,
  status: 'resolved',
  completedAt: LATER,
  resolvedAt: RESOLVED,
  eventId: moment.id,
  repairEventId: repair.id,
  event: moment,
  repairEvent: repair,
  checkinId: CHECKIN_ID,
  forTherapy: true,
  answers: ConflictAnswers.parse({
    observation: OWN.observation,
    feelings: [
      { feeling: 'hurt', intensity: 4 },
      { feeling: 'lonely', intensity: 2 },
    ],
    needs: ['closeness', 'understanding'],
    needsOther: OWN.needsOther,
    story: OWN.story,
    storyBelief: 80,
    storyFor: OWN.storyFor,
    storyAgainst: OWN.storyAgainst,
    storyKinder: OWN.storyKinder,
    storyBeliefAfter: 30,
    myPart: OWN.myPart,
    horsemen: ['criticism', 'stonewalling'],
    barriers: ['past_wounds'],
    softStartup: OWN.softStartup,
    request: OWN.request,
    compromise: OWN.compromise,
  }),
};

const emptyConflict: ConflictReflection = { ...reflectionBase(CONFLICT_ID, BEGUN), type: 'conflict', author: 'b', title: OWN.conflictTitle, answers: ConflictAnswers.parse({}) };

function side(done: boolean, answers: Partial<AftermathAnswers>, updatedAt: string | null) {
  return { answers: AftermathAnswers.parse(answers), done, version: 2, updatedAt };
}

const samSide: Partial<AftermathAnswers> = {
  feelings: [{ feeling: 'embarrassed', intensity: 3 }],
  myReality: OWN.myReality,
  listenerSummary: OWN.heard,
  validation: OWN.validation,
  triggers: 'Being watched.',
  setMeUp: 'A long day.',
  regret: 'Raising my voice.',
  apologise: 'Snapping at you.',
  acceptance: 'accept',
  partnerCanDo: 'Tell me earlier.',
  iCanDo: OWN.iCanDo,
  needToMoveOn: 'A hug.',
};
const alexSide: Partial<AftermathAnswers> = { myReality: OWN.theirReality, acceptance: 'still_need', stillNeeded: OWN.stillNeeded };

const halfAftermath: AftermathReflection = {
  ...reflectionBase(AFTERMATH_ID, BEGUN),
  updatedAt: LATER,
  type: 'aftermath',
  author: 'both',
  title: OWN.aftermathTitle,
  sides: { a: side(true, samSide, LATER), b: side(false, alexSide, BEGUN) },
  bothDone: false,
};
const notStarted: AftermathReflection = { ...halfAftermath, sides: { a: side(false, {}, null), b: side(false, {}, null) } };
const finishedAftermath: AftermathReflection = {
  ...halfAftermath,
  status: 'complete',
  completedAt: LATER,
  sides: { a: side(true, samSide, LATER), b: side(true, alexSide, LATER) },
  bothDone: true,
};

const forgiveness: ForgivenessReflection = {
  ...reflectionBase(FORGIVENESS_ID, BEGUN),
  type: 'forgiveness',
  author: 'b',
  title: OWN.forgivenessTitle,
  answers: ForgivenessAnswers.parse({
    hurt: OWN.hurt,
    otherSideImagined: 'Overwhelmed by the move.',
    forgivenTime: 'My sister forgave me for the bike.',
    forgivingMeans: 'Not carrying it any more.',
    forgivingDoesNotMean: 'Pretending it did not matter.',
    decision: 'working_on_it',
    commitment: OWN.commitment,
    commitmentOn: '2026-03-08',
    holdOn: OWN.holdOn,
    hardToMovePast: true,
  }),
  checkBacks: [{ date: '2026-03-12', decision: 'working_on_it', note: 'A little lighter.', savedAt: LATER }],
};

const forgivingMyself: ForgivenessReflection = {
  ...forgiveness,
  title: OWN.selfTitle,
  status: 'complete',
  completedAt: LATER,
  answers: ForgivenessAnswers.parse({
    toward: 'myself',
    hurt: 'I forgot to call back.',
    otherSideImagined: 'Tired and scattered.',
    amends: 'Say sorry and call tonight.',
    commitment: 'I forgive myself for the missed call.',
    decision: 'forgiven',
  }),
  checkBacks: [],
};

function summary(id: string, type: ReflectionSummary['type'], over: Partial<ReflectionSummary> = {}): ReflectionSummary {
  return {
    id,
    type,
    title: OWN.conflictTitle,
    author: type === 'aftermath' ? 'both' : 'a',
    status: 'draft',
    eventId: null,
    repairEventId: null,
    forTherapy: false,
    createdAt: BEGUN,
    updatedAt: BEGUN,
    completedAt: null,
    resolvedAt: null,
    sidesDone: type === 'aftermath' ? { a: false, b: false } : null,
    decision: null,
    ...over,
  };
}

const summaries: ReflectionSummary[] = [
  summary('r1', 'conflict', { status: 'resolved', completedAt: LATER, resolvedAt: RESOLVED, updatedAt: RESOLVED }),
  summary('r2', 'conflict', { author: 'b', updatedAt: LATER }),
  summary('r3', 'aftermath', { title: OWN.aftermathTitle, sidesDone: { a: true, b: false } }),
  summary('r4', 'aftermath', { title: 'The drive home', status: 'complete', completedAt: LATER, updatedAt: LATER, sidesDone: { a: true, b: true } }),
  summary('r5', 'aftermath', { title: 'Moving day' }),
  summary('r6', 'forgiveness', { title: OWN.forgivenessTitle, decision: 'working_on_it' }),
];

/** Reflection drafts of each kind: a new one without a title, an edit, and a side of an aftermath, with and without. */
const drafts = [
  { key: 'reflection:new-conflict', content: JSON.stringify({ title: '' }), baseVersion: null, savedAt: LATER },
  { key: `reflection:${CONFLICT_ID}`, content: JSON.stringify({ title: OWN.conflictTitle }), baseVersion: 1, savedAt: LATER },
  { key: `reflection:${AFTERMATH_ID}-b`, content: JSON.stringify({ title: OWN.aftermathTitle }), baseVersion: 1, savedAt: LATER },
  { key: `reflection:${FORGIVENESS_ID}-a`, content: '{', baseVersion: 1, savedAt: LATER },
];

function draftFakes(kept = drafts) {
  const store = draftStore(kept);
  return { ...store.handlers, 'drafts.list': () => kept.map((d) => ({ key: d.key, savedAt: d.savedAt })) };
}

/** What the writer typed in a reflection's answers. */
function ownWords(answers: object): string[] {
  return Object.values(answers).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** A day and time as the reading screens show them: the system's own format, no words. */
const times = [BEGUN, LATER, RESOLVED].map((at) => formatDayTime(at));

async function showSection(section: ReflectionsSection, fakes: Record<string, (arg: unknown) => unknown>) {
  installFakeHearth({ ...draftFakes([]), ...fakes });
  render(Reflections, { section, session, onSafety: noop, onExport: noop });
}

async function read(reflection: Reflection, fakes: Record<string, (arg: unknown) => unknown> = {}) {
  const section = new ReflectionsSection();
  section.open(reflection.id);
  await showSection(section, { 'reflections.get': () => reflection, ...fakes });
  await screen.findByRole('heading', { level: 1, name: reflection.title });
}

export const REFLECTIONS_CONVERTED: Screen[] = [
  {
    name: 'Reflections: the first visit, nothing written yet',
    data: [shortcut('N')],
    show: async () => {
      await showSection(new ReflectionsSection(), { 'reflections.list': () => ({ items: [], next: null }) });
      await screen.findByRole('button', { name: /Šţåŕţ/ });
    },
  },
  {
    name: 'Reflections: the list, with each kind, unsaved words, a notice and more to show',
    data: [
      shortcut('N'),
      ...names,
      ...new Set(summaries.map((s) => s.title)),
    ],
    show: async () => {
      const section = new ReflectionsSection();
      section.notice = t('reflections.deleted', { title: 'Dishes again' });
      await showSection(section, {
        ...draftFakes(),
        'reflections.list': () => ({ items: summaries, next: { updatedAt: BEGUN, id: 'r6' } }),
      });
      await screen.findByRole('list', { name: /Ŕéƒļéçţîöñš/ });
    },
  },
  {
    name: 'Reflections: filtered, nothing matches',
    data: [shortcut('N'), ...names],
    show: async () => {
      const section = new ReflectionsSection();
      section.list.filters = { type: 'forgiveness', partner: 'b', status: 'resolved', from: '2026-03-01', to: '2026-03-31' };
      await showSection(section, { 'reflections.list': () => ({ items: [], next: null }) });
      await screen.findByRole('status');
    },
  },
  {
    name: 'Reflections: filtered, the first day after the last',
    data: [shortcut('N'), ...names],
    show: async () => {
      const section = new ReflectionsSection();
      section.list.filters = { type: '', partner: '', status: '', from: '2026-03-31', to: '2026-03-01' };
      await showSection(section, { 'reflections.list': () => ({ items: [], next: null }) });
      await screen.findByRole('alert');
    },
  },
  {
    name: 'Reflections: a list that could not be read',
    // The reason is the core's own sentence (lib/errors.ts), not this screen's.
    data: [shortcut('N'), ...names, 'Fake failure.'],
    show: async () => {
      await showSection(new ReflectionsSection(), { 'reflections.list': () => failure('INTERNAL') });
      await screen.findByRole('alert');
    },
  },
  {
    name: 'Reflections: choosing a kind',
        show: async () => {
      const section = new ReflectionsSection();
      section.choose();
      await showSection(section, {});
    },
  },
  {
    name: 'Reflections: before an aftermath begins, with no title and a failure',
    data: ['Fake failure.'],
    show: async () => {
      installFakeHearth({ ...draftFakes([]), 'reflections.create': () => failure('INTERNAL') });
      render(BeginAftermath, { checkinId: CHECKIN_ID, onCreated: noop, onCancel: noop });
      const user = userEvent.setup();
      const begin = await screen.findByRole('button', { name: /Ɓéĝîñ/ });
      await user.type(screen.getByRole('textbox'), OWN.aftermathTitle);
      await user.click(begin);
      await screen.findByRole('alert');
      await user.clear(screen.getByRole('textbox'));
      await user.click(begin);
      await screen.findByText(/Ĝîṽé/);
    },
  },
  {
    name: 'Reflections: before an aftermath begins, a title too long',
        show: async () => {
      installFakeHearth({ ...draftFakes([]), 'drafts.get': () => ({ key: 'reflection:new-aftermath', content: JSON.stringify({ title: 'x'.repeat(201) }), baseVersion: null, savedAt: LATER }) });
      render(BeginAftermath, { onCreated: noop, onCancel: noop });
      const user = userEvent.setup();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await user.click(screen.getByRole('button', { name: /Ɓéĝîñ/ }));
    },
  },
  {
    name: 'Reflections: opening one',
    show: async () => {
      const section = new ReflectionsSection();
      section.open(CONFLICT_ID);
      await showSection(section, { 'reflections.get': () => new Promise(() => {}) });
    },
  },
  {
    name: 'Reflections: one that could not be opened',
    data: ['Fake failure.'],
    show: async () => {
      const section = new ReflectionsSection();
      section.open(CONFLICT_ID);
      await showSection(section, { 'reflections.get': () => failure('NOT_FOUND') });
      await screen.findByRole('alert');
    },
  },
  {
    name: 'Reflections: reading a conflict reflection, resolved, begun at a check-in, with the story looked at again',
    // Read when the test runs, in its language: the needs picked are catalogue words, listed with the writer's own.
    get data() {
      const needs = [...conflict.answers.needs.map(needWord), OWN.needsOther].join(', ');
      return [...names, ...Object.values(OWN), ...times, moment.title, repair.title, formatEventDay(moment.startDate), formatEventDay(repair.startDate), needs];
    },
    show: async () => {
      await read(conflict);
    },
  },
  {
    name: 'Reflections: reading a conflict reflection with nothing written yet, asked whether to delete it',
    data: [...names, OWN.conflictTitle, ...times],
    show: async () => {
      await read(emptyConflict);
      await userEvent.setup().click(screen.getByRole('button', { name: /Đéļéţé/ }));
    },
  },
  {
    name: 'Reflections: reading a forgiveness reflection, with its commitment and a check-back',
    data: [
      ...names,
      OWN.forgivenessTitle,
      ...ownWords(forgiveness.answers),
      ...forgiveness.checkBacks.map((c) => c.note),
      ...times,
      formatEventDay('2026-03-08', 'long'),
      formatEventDay('2026-03-12', 'long'),
      // Between a check-back's day and its note (CheckBacks, not yet moved).
      '·',
    ],
    show: async () => {
      await read(forgiveness);
    },
  },
  {
    name: 'Reflections: reading a forgiveness reflection, forgiving myself',
    data: [...names, ...times, OWN.selfTitle, ...ownWords(forgivingMyself.answers)],
    show: async () => {
      await read(forgivingMyself);
    },
  },
  {
    name: 'Reflections: an aftermath half finished',
    data: [...names, ...Object.values(OWN), ...times],
    show: async () => {
      await read(halfAftermath);
    },
  },
  {
    name: 'Reflections: an aftermath not started, who is writing now',
    data: [...names, ...Object.values(OWN), ...times],
    show: async () => {
      await read(notStarted);
      await userEvent.setup().click(screen.getAllByRole('radio')[0]!);
    },
  },
  {
    name: 'Reflections: an aftermath finished, both sides side by side',
    data: [
      ...names,
      ...Object.values(OWN),
      ...ownWords(samSide),
      ...times,
    ],
    show: async () => {
      await read(finishedAftermath);
      const user = userEvent.setup();
      await user.click(screen.getByText(/Åđđ ţö/));
      await user.click(screen.getAllByRole('radio')[1]!);
    },
  },
  {
    name: 'Reflections: a commitment, as it prints',
    data: [...names, OWN.commitment, formatEventDay('2026-03-08', 'long'), 'I forgive myself for the missed call.'],
    show: async () => {
      render(CommitmentPrint, { reflection: forgiveness, partners: session.partners });
      render(CommitmentPrint, { reflection: forgivingMyself, partners: session.partners });
    },
  },
  {
    name: 'Reflections: while writing, unsaved words restored',
    data: [formatDayTime(LATER)],
    show: async () => {
      render(Notices, { restoredFrom: LATER, conflict: false, savedLoaded: false, failure: null, onKeepMine: noop, onUseSaved: noop, onStartOver: noop });
    },
  },
  {
    name: 'Reflections: while writing, saved again elsewhere (before and after the saved version is shown), and a failure',
    data: ['Fake failure.'],
    show: async () => {
      render(Notices, { restoredFrom: null, conflict: true, savedLoaded: false, failure: 'Fake failure.', onShowSaved: noop, onKeepMine: noop, onUseSaved: noop });
      render(Notices, { restoredFrom: LATER, conflict: true, savedLoaded: true, failure: null, onShowSaved: noop, onKeepMine: noop, onUseSaved: noop });
    },
  },
];
