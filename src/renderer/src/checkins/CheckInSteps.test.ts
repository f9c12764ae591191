import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CheckIn, CheckInAnswers, CheckInSide } from '../../../shared/checkins';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { checkInBase } from '../testing/fixtures';
import CheckInSteps from './CheckInSteps.svelte';
import { CheckInFlow } from './flow.svelte';

const ID = '9b2d7f64-1c3e-4a5b-8d6f-0e1a2b3c4d5e';
const SECRET = 'the evening at the harbour';

/** A small stand-in for the core: hidden sides read back with no answers and no rating until both submit. */
function fakeCore() {
  const stored: Record<'a' | 'b', { answers: CheckInAnswers; rating: number | null; hidden: boolean; submitted: boolean } | null> = { a: null, b: null };
  const read = (): CheckIn => {
    const complete = Boolean(stored.a?.submitted && stored.b?.submitted);
    const side = (partner: 'a' | 'b'): CheckInSide => {
      const s = stored[partner];
      const show = s && (complete || !s.hidden);
      return { partner, started: !!s, submitted: !!s?.submitted, hidden: !!s?.hidden, answers: show ? s.answers : null, rating: show ? s.rating : null, updatedAt: s ? '2026-11-26T10:00:00.000Z' : null };
    };
    return checkInBase(ID, {
      status: complete ? 'complete' : 'open',
      completedAt: complete ? '2026-11-26T10:00:00.000Z' : null,
      completedOn: complete ? '2026-11-26' : null,
      mode: 'apart',
      firstTurn: null,
      sides: [side('a'), side('b')],
    });
  };
  const fake = installFakeHearth({
    'checkins.answer': (arg) => {
      const { partner, answers, rating, hidden } = arg as { partner: 'a' | 'b'; answers: CheckInAnswers; rating: number | null; hidden: boolean };
      stored[partner] = { answers, rating, hidden, submitted: false };
      return read();
    },
    'checkins.submit': (arg) => {
      const { partner } = arg as { partner: 'a' | 'b' };
      stored[partner]!.submitted = true;
      return read();
    },
  });
  return { fake, read };
}

function renderFlow(checkIn: CheckIn) {
  const flow = new CheckInFlow(checkIn);
  render(CheckInSteps, { props: { flow, partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp: () => {} } });
  return flow;
}

async function answerHidden(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: "I'm Sam" }));
  await user.type(screen.getByLabelText('Was there anything that made you feel a little far from me?'), SECRET);
  await user.click(screen.getByRole('radio', { name: '4' }));
  await user.click(screen.getByLabelText(/Keep my answers hidden/));
}

describe('a check-in with hidden answers', () => {
  it('clears the screen after submitting and never shows the hidden words again until both have answered', async () => {
    const { fake, read } = fakeCore();
    const user = userEvent.setup();
    renderFlow(read());
    await answerHidden(user);
    expect(document.body.textContent).not.toContain(SECRET); // typed text lives in the field's value, not the page text
    await user.click(screen.getByRole('button', { name: "I'm done" }));

    expect(await screen.findByText('Sam has answered')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Pass the computer to Alex' })).toBeInTheDocument();
    const everything = () => document.body.textContent + [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join(' ');
    expect(everything()).not.toContain(SECRET);

    await user.click(screen.getByRole('button', { name: "I'm Alex, let's start" }));
    expect(screen.getByRole('heading', { name: 'Alex’s answers' })).toBeInTheDocument();
    expect(everything()).not.toContain(SECRET);
    await user.type(screen.getByLabelText('What was a moment this week when you felt close to me?'), 'Pancakes');
    await user.click(screen.getByRole('radio', { name: '8' }));
    await user.click(screen.getByRole('button', { name: "I'm done" }));

    // Both have answered: now, and only now, both sides appear together.
    expect(await screen.findByRole('heading', { name: 'Your check-in, side by side' })).toBeInTheDocument();
    expect(screen.getByText(SECRET)).toBeInTheDocument();
    expect(screen.getByText('Pancakes')).toBeInTheDocument();
    // The check-in's own answer call is the draft: hidden words never went through drafts.save.
    expect(fake.calls.some((c) => c.method === 'drafts.save')).toBe(false);
    expect(fake.calls.filter((c) => c.method === 'checkins.answer').some((c) => (c.arg as { hidden: boolean }).hidden)).toBe(true);
  });

  it('does not show hidden words back to their author after stepping away', async () => {
    const { read } = fakeCore();
    const user = userEvent.setup();
    renderFlow(read());
    await answerHidden(user);
    await user.click(screen.getByRole('button', { name: 'Finish later' }));

    expect(await screen.findByRole('heading', { name: 'Who answers first?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Carry on as Sam' }));
    expect(screen.getByText('Your answers are kept hidden.')).toBeInTheDocument();
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
    expect(document.body.textContent).not.toContain(SECRET);
  });
});

describe('a check-in without a number', () => {
  it('hands in a side with no rating, can take a chosen number back, and shows the gap as no number, never 0', async () => {
    const { fake, read } = fakeCore();
    const user = userEvent.setup();
    renderFlow(read());
    await user.click(screen.getByRole('button', { name: "I'm Sam" }));
    // Until a number is chosen, "No number" is the choice: the rating is optional.
    expect(screen.getByRole('radio', { name: 'No number' })).toBeChecked();
    expect(screen.getByText(/you can leave it out/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Is there anything we can do to feel closer?'), 'A slow Sunday');
    await user.click(screen.getByRole('button', { name: "I'm done" }));
    expect(await screen.findByText('Sam has answered')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: "I'm Alex, let's start" }));
    await user.click(screen.getByRole('radio', { name: '8' }));
    expect(screen.getByRole('radio', { name: '8' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'No number' }));
    expect(screen.getByRole('radio', { name: 'No number' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: "I'm done" }));

    expect(await screen.findByRole('heading', { name: 'Your check-in, side by side' })).toBeInTheDocument();
    const answers = fake.calls.filter((c) => c.method === 'checkins.answer').map((c) => c.arg as { partner: string; rating: number | null });
    const sam = answers.filter((a) => a.partner === 'a').map((a) => a.rating);
    expect(sam.length).toBeGreaterThan(0);
    expect(sam.every((rating) => rating === null)).toBe(true);
    expect(answers.filter((a) => a.partner === 'b').map((a) => a.rating)).toContain(8);
    expect(answers.filter((a) => a.partner === 'b').at(-1)!.rating).toBeNull();
    expect(fake.calls.filter((c) => c.method === 'checkins.submit')).toHaveLength(2);
    expect(screen.getAllByText('answered without a number')).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/\b0 of 10|– of 10/);
    expect(screen.getByText('A slow Sunday')).toBeInTheDocument();
  });
});

