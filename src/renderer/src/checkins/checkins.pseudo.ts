// Test support only (i18n/pseudo.test.ts): the Check-ins screens, rendered for the pseudo-locale. Nothing in the app imports it.
import { render } from '@testing-library/svelte';
import type { CheckIn, CheckInSchedule, CheckInSide, FollowUp } from '../../../shared/checkins';
import CadenceForm from './CadenceForm.svelte';
import CheckIns from './CheckIns.svelte';
import { CheckInsSection } from './checkins.svelte';
import CheckInSteps from './CheckInSteps.svelte';
import DueCard from './DueCard.svelte';
import { CheckInFlow } from './flow.svelte';
import StartCheckIn from './StartCheckIn.svelte';
import { TogetherFlow } from './together.svelte';
import TogetherSteps from './TogetherSteps.svelte';
import { weekdaysInLocaleOrder } from './words';
import { formatEventDay } from '../timeline/format';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { checkInBase } from '../testing/fixtures';

type Screen = { name: string; within?: string; data?: string[]; show: () => Promise<void> };

const ID = '4c2a9e1d-7b3f-4e6a-9d8c-1f2e3a4b5c6d';
const names = session.partners.map((p) => p.name);
const DAY = '2026-11-26';
const EARLIER = '2026-11-19';
const ANSWER = 'Closer than last month.';
const NOTE = 'Most nights.';

const plans: FollowUp[] = [
  {
    reflectionId: '9b1d3c5e-2a4f-4e6b-8c7d-0e1f2a3b4c5d',
    reflectionType: 'aftermath',
    title: 'The car keys',
    partner: 'a',
    plan: 'Pause before answering.',
    outcome: 'went_well',
    note: NOTE,
    updatedAt: null,
  },
  {
    reflectionId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e',
    reflectionType: 'conflict',
    title: 'Dishes again',
    partner: 'b',
    plan: 'Take turns with the dishes.',
    outcome: null,
    note: '',
    updatedAt: null,
  },
];

function side(partner: 'a' | 'b', over: Partial<CheckInSide> = {}): CheckInSide {
  return { partner, started: false, submitted: false, hidden: false, answers: null, rating: null, updatedAt: null, ...over };
}

const answered = (partner: 'a' | 'b', rating: number | null) =>
  side(partner, { started: true, submitted: true, answers: { connection: ANSWER, closer: '', highlight: '', distance: '' }, rating, updatedAt: `${DAY}T10:00:00.000Z` });

function finished(id: string, day: string, mode: CheckIn['mode'], over: Partial<CheckIn> = {}): CheckIn {
  return checkInBase(id, {
    status: 'complete',
    completedAt: `${day}T10:00:00.000Z`,
    completedOn: day,
    mode,
    firstTurn: mode === 'together' ? 'a' : null,
    sides: [answered('a', 7), answered('b', null)],
    ...over,
  });
}

const schedule: CheckInSchedule = {
  cadence: { every: 'fortnightly', weekday: 0, time: '19:00', timeZone: 'UTC', openWithAppreciations: true, notify: false, since: '2026-01-01T00:00:00.000Z' },
  nextDueAt: '2026-11-22T19:00:00.000Z',
  overdue: true,
  lastCompletedAt: `${DAY}T10:00:00.000Z`,
};

const steps = { partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp: () => {} };
const together = (over: Partial<CheckIn> = {}) => checkInBase(ID, { mode: 'together', firstTurn: 'b', sides: [side('a'), side('b')], ...over });
const apart = (over: Partial<CheckIn> = {}) => checkInBase(ID, { mode: 'apart', sides: [side('a'), side('b')], ...over });

export const CHECKINS_CONVERTED: Screen[] = [
  {
    name: 'Check-ins: overview with history, a rhythm, one under way and plans followed up',
    data: [...names, '·', formatEventDay(DAY, 'long'), formatEventDay(EARLIER, 'long'), ANSWER, `: ${NOTE}`, ...plans.map((p) => p.plan), 'Phones at dinner'],
    show: async () => {
      installFakeHearth({
        'checkins.schedule': () => schedule,
        'checkins.current': () => apart({ sides: [side('a', { started: true, submitted: true, hidden: true }), side('b')] }),
        'checkins.list': () => ({
          items: [
            finished('c1', DAY, 'apart', {
              followUps: plans,
              begun: [{ id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', type: 'conflict', title: 'Phones at dinner', status: 'draft' }],
            }),
            finished('c2', EARLIER, 'together', { sides: [answered('a', null), answered('b', 5)] }),
          ],
          next: { completedAt: `${EARLIER}T10:00:00.000Z`, id: 'c2' },
        }),
      });
      render(CheckIns, { section: new CheckInsSection(), session });
    },
  },
  {
    name: 'Check-ins: overview before the first, no rhythm yet',
    show: async () => {
      installFakeHearth({
        'checkins.schedule': () => ({ cadence: null, nextDueAt: null, overdue: false, lastCompletedAt: null }),
        'checkins.current': () => null,
        'checkins.list': () => ({ items: [], next: null }),
      });
      render(CheckIns, { section: new CheckInsSection(), session });
    },
  },
  {
    name: 'Check-ins: the card on Home',
    show: async () => {
      installFakeHearth({ 'checkins.schedule': () => ({ ...schedule, overdue: false, nextDueAt: '2099-11-22T19:00:00.000Z' }) });
      render(DueCard, { onOpen: () => {} });
    },
  },
  {
    name: 'Check-ins: when you check in (monthly, in another time zone)',
    data: weekdaysInLocaleOrder('en').map((d) => d.label),
    show: async () => {
      installFakeHearth({});
      const cadence = { ...schedule.cadence!, every: 'monthly' as const, timeZone: 'Pacific/Chatham' };
      render(CadenceForm, { cadence, onSaved: () => {}, onCancel: () => {} });
    },
  },
  {
    name: 'Check-ins: start, together, who speaks first',
    data: names,
    show: async () => {
      installFakeHearth({});
      render(StartCheckIn, { partners: session.partners, withAppreciations: true, error: null, onStart: async () => {}, onCancel: () => {} });
    },
  },
  {
    name: 'Check-ins: each on our own, who answers first, with the plans since last time',
    data: [...names, ...plans.map((p) => p.plan)],
    show: async () => {
      installFakeHearth({});
      const flow = new CheckInFlow(apart({ followUps: plans, sides: [side('a', { started: true }), side('b', { started: true, submitted: true })] }));
      flow.step = { name: 'pick' };
      render(CheckInSteps, { ...steps, flow });
    },
  },
  {
    name: 'Check-ins: each on our own, answering',
    data: names,
    show: async () => {
      installFakeHearth({});
      const flow = new CheckInFlow(apart());
      flow.step = { name: 'answer', partner: 'a' };
      render(CheckInSteps, { ...steps, flow });
    },
  },
  {
    name: 'Check-ins: each on our own, coming back to answers kept hidden',
    data: names,
    show: async () => {
      installFakeHearth({});
      const flow = new CheckInFlow(apart({ sides: [side('a', { started: true, hidden: true }), side('b')] }));
      flow.choose('a');
      render(CheckInSteps, { ...steps, flow });
    },
  },
  {
    name: 'Check-ins: each on our own, passing the computer',
    data: names,
    show: async () => {
      installFakeHearth({});
      const flow = new CheckInFlow(apart({ sides: [side('a', { started: true, submitted: true, hidden: true }), side('b')] }));
      flow.step = { name: 'handoff', from: 'a', to: 'b' };
      render(CheckInSteps, { ...steps, flow });
    },
  },
  {
    name: 'Check-ins: together, the plans since last time',
    data: [...names, ...plans.map((p) => p.plan)],
    show: async () => {
      installFakeHearth({});
      render(TogetherSteps, { ...steps, flow: new TogetherFlow(together({ followUps: plans })) });
    },
  },
  {
    name: 'Check-ins: together, a question, first turn',
    data: names,
    show: async () => {
      installFakeHearth({});
      render(TogetherSteps, { ...steps, flow: new TogetherFlow(together()) });
    },
  },
  {
    name: 'Check-ins: together, how connected each feels',
    data: names,
    show: async () => {
      installFakeHearth({});
      const flow = new TogetherFlow(together());
      flow.step = { name: 'ratings' };
      render(TogetherSteps, { ...steps, flow });
    },
  },
  {
    name: 'Check-ins: finished, side by side, with plans followed up',
    data: [...names, ANSWER, `: ${NOTE}`, ...plans.map((p) => p.plan)],
    show: async () => {
      installFakeHearth({});
      render(CheckInSteps, { ...steps, flow: new CheckInFlow(finished(ID, DAY, 'apart', { followUps: plans })) });
    },
  },
];
