import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CHECKIN_QUESTIONS, type CheckIn, type FollowUp } from '../../../shared/checkins';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { checkInBase } from '../testing/fixtures';
import CheckInSteps from './CheckInSteps.svelte';
import { CheckInFlow } from './flow.svelte';
import { TogetherFlow } from './together.svelte';
import TogetherSteps from './TogetherSteps.svelte';

const ID = '4c2a9e1d-7b3f-4e6a-9d8c-1f2e3a4b5c6d';
const KEYS = '9b1d3c5e-2a4f-4e6b-8c7d-0e1f2a3b4c5d';
const DISHES = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e';

const plan = (over: Partial<FollowUp>): FollowUp => ({
  reflectionId: KEYS,
  reflectionType: 'aftermath',
  title: 'The car keys',
  partner: 'a',
  plan: 'Pause before answering.',
  outcome: null,
  note: '',
  updatedAt: null,
  ...over,
});

function checkIn(mode: CheckIn['mode'], followUps: FollowUp[], complete = false): CheckIn {
  const side = (partner: 'a' | 'b') => ({
    partner,
    started: complete,
    submitted: complete,
    hidden: false,
    answers: complete ? { connection: '', closer: '', highlight: '', distance: '' } : null,
    rating: null,
    updatedAt: complete ? '2026-11-26T10:00:00.000Z' : null,
  });
  return checkInBase(ID, {
    status: complete ? 'complete' : 'open',
    completedAt: complete ? '2026-11-26T10:00:00.000Z' : null,
    completedOn: complete ? '2026-11-26' : null,
    mode,
    firstTurn: mode === 'together' ? 'a' : null,
    followUps,
    sides: [side('a'), side('b')],
  });
}

/** A stand-in for the core's `checkins.followUp`: it keeps each answer and note, as the core does. */
function fakeCore(mode: CheckIn['mode'], followUps: FollowUp[]) {
  let current = checkIn(mode, followUps);
  const fake = installFakeHearth({
    'checkins.followUp': (arg) => {
      const a = arg as { reflectionId: string; partner: 'a' | 'b'; outcome: FollowUp['outcome']; note: string };
      current = {
        ...current,
        followUps: current.followUps.map((f) => (f.reflectionId === a.reflectionId && f.partner === a.partner ? { ...f, outcome: a.outcome, note: a.note, updatedAt: '2026-11-26T09:30:00.000Z' } : f)),
      };
      return current;
    },
  });
  return { fake, current: () => current };
}

describe('a check-in follows through on the plans since last time', () => {
  it('done together, asks how each plan went before the first question, keeping each answer and note as it is given', async () => {
    const { fake, current } = fakeCore('together', [plan({}), plan({ reflectionId: DISHES, reflectionType: 'conflict', title: 'Dishes again', partner: 'b', plan: 'Take turns with the dishes.' })]);
    const user = userEvent.setup();
    render(TogetherSteps, { props: { flow: new TogetherFlow(current()), partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp: () => {} } });

    expect(screen.getByRole('heading', { level: 1, name: 'The plans you made' })).toHaveFocus();
    const list = screen.getByTestId('follow-ups');
    expect(within(list).getByText('Sam’s plan for next time, from “The car keys”')).toBeInTheDocument();
    expect(within(list).getByText('Alex’s request, from “Dishes again”')).toBeInTheDocument();

    const keys = within(list).getByRole('group', { name: /How did it go\?\s*\(Sam’s plan for next time, from “The car keys”\)/ });
    await user.click(within(keys).getByRole('radio', { name: 'It went well' }));
    expect(fake.calls.at(-1)).toEqual({ method: 'checkins.followUp', arg: { id: ID, reflectionId: KEYS, partner: 'a', outcome: 'went_well', note: '' } });
    expect(within(keys).getByRole('radio', { name: 'It went well' })).toBeChecked();

    await user.type(screen.getByRole('textbox', { name: /A few words, if you like\s*\(Alex’s request, from “Dishes again”\)/ }), 'Most nights.');
    await user.tab();
    expect(fake.calls.at(-1)).toEqual({ method: 'checkins.followUp', arg: { id: ID, reflectionId: DISHES, partner: 'b', outcome: null, note: 'Most nights.' } });
    expect(current().followUps.map((f) => [f.outcome, f.note])).toEqual([
      ['went_well', ''],
      [null, 'Most nights.'],
    ]);

    await user.click(screen.getByRole('button', { name: 'On to the questions' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[0]!.text);
    // Back from the first question returns to the plans.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'The plans you made' })).toBeInTheDocument();
  });

  it('done together with no plan to follow up, starts at the first question', () => {
    const { current } = fakeCore('together', []);
    render(TogetherSteps, { props: { flow: new TogetherFlow(current()), partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp: () => {} } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[0]!.text);
    expect(screen.queryByTestId('follow-ups')).not.toBeInTheDocument();
  });

  it('done apart, shows the plans on the first screen, where both are there, before each answers alone', async () => {
    const { fake, current } = fakeCore('apart', [plan({ reflectionType: 'forgiveness', title: 'The birthday', partner: 'b', plan: 'I forgive the birthday.' })]);
    const user = userEvent.setup();
    render(CheckInSteps, { props: { flow: new CheckInFlow(current()), partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp: () => {} } });
    expect(screen.getByRole('heading', { level: 1, name: 'Who answers first?' })).toBeInTheDocument();
    const list = screen.getByTestId('follow-ups');
    expect(within(list).getByText('Alex’s commitment, from “The birthday”')).toBeInTheDocument();
    await user.click(within(list).getByRole('radio', { name: 'Not yet' }));
    expect(fake.calls.at(-1)?.arg).toMatchObject({ partner: 'b', outcome: 'not_yet' });
  });

  it('once finished, offers to take one thing further in a reflection of its own, and shows how each plan went', async () => {
    installFakeHearth({});
    const user = userEvent.setup();
    const onTakeUp = vi.fn();
    const done = checkIn('apart', [plan({ outcome: 'partly', note: 'Once.' })], true);
    render(CheckInSteps, { props: { flow: new CheckInFlow(done), partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp } });
    expect(screen.getByRole('region', { name: 'Since last time' })).toHaveTextContent('Partly: Once.');
    await user.click(screen.getByRole('button', { name: 'Write a conflict reflection' }));
    await user.click(screen.getByRole('button', { name: 'Begin “After a hard moment” together' }));
    expect(onTakeUp.mock.calls).toEqual([['conflict'], ['aftermath']]);
  });
});
