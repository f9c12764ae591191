import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHECKIN_QUESTIONS, type CheckIn, type CheckInAnswers, type CheckInSide } from '../../../shared/checkins';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { checkInBase } from '../testing/fixtures';
import { TogetherFlow } from './together.svelte';
import TogetherSteps from './TogetherSteps.svelte';

const ID = '4c2a9e1d-7b3f-4e6a-9d8c-1f2e3a4b5c6d';
const blank = (): CheckInAnswers => ({ connection: '', closer: '', highlight: '', distance: '' });
type Stored = { answers: CheckInAnswers; rating: number | null; submitted: boolean };

/** A small stand-in for the core's check-in done together: sides open as written, `finish` hands both in. */
function fakeCore(start: Partial<Record<'a' | 'b', Stored>> = {}) {
  const stored: Record<'a' | 'b', Stored | null> = { a: start.a ?? null, b: start.b ?? null };
  const read = (): CheckIn => {
    const complete = Boolean(stored.a?.submitted && stored.b?.submitted);
    const side = (partner: 'a' | 'b'): CheckInSide => {
      const s = stored[partner];
      return { partner, started: !!s, submitted: !!s?.submitted, hidden: false, answers: s ? s.answers : null, rating: s ? s.rating : null, updatedAt: s ? '2026-11-26T10:00:00.000Z' : null };
    };
    return checkInBase(ID, {
      status: complete ? 'complete' : 'open',
      completedAt: complete ? '2026-11-26T10:00:00.000Z' : null,
      completedOn: complete ? '2026-11-26' : null,
      mode: 'together',
      firstTurn: 'b',
      sides: [side('a'), side('b')],
    });
  };
  const fake = installFakeHearth({
    'checkins.answer': (arg) => {
      const { partner, answers, rating } = arg as { partner: 'a' | 'b'; answers: CheckInAnswers; rating: number | null };
      stored[partner] = { answers, rating, submitted: false };
      return read();
    },
    'checkins.finish': () => {
      for (const p of ['a', 'b'] as const) stored[p] = { ...(stored[p] ?? { answers: blank(), rating: null }), submitted: true };
      return read();
    },
  });
  return { fake, read };
}

function renderFlow(checkIn: CheckIn) {
  const flow = new TogetherFlow(checkIn);
  render(TogetherSteps, { props: { flow, partners: session.partners, onClose: () => {}, onDiscard: () => {}, onTakeUp: () => {} } });
  return flow;
}

const turn = () => screen.getByTestId('turn').textContent?.trim();

describe('a check-in together at the screen', () => {
  it('takes one question at a time, swaps who answers first with each question, and asks the listener to say back what they heard', async () => {
    const { read } = fakeCore();
    const user = userEvent.setup();
    renderFlow(read());

    // Alex was chosen to speak first: Alex answers first on the first question, Sam listens.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[0]!.text);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByText('Question 1 of 4')).toBeInTheDocument();
    expect(turn()).toBe('Alex, your turn to answer, out loud');
    expect(screen.getByText('Sam, you listen')).toBeInTheDocument();
    expect(screen.getByTestId('mirroring')).toHaveTextContent('“What I heard you say is… Is there more?”');
    expect(screen.getByRole('complementary', { name: 'Listening well' })).toBeInTheDocument();
    const turns = screen.getByRole('list', { name: 'Turns on this question' });
    expect(within(turns).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(['1. Alex answers', '2. Sam answers']);
    expect(within(turns).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
    // Only one question is on the screen.
    expect(screen.queryByText(CHECKIN_QUESTIONS[1]!.text)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Now Sam answers' }));
    expect(turn()).toBe('Sam, your turn to answer, out loud');
    expect(screen.getByText('Alex, you listen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // The second question: now Sam goes first.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[1]!.text);
    expect(screen.getByText('Question 2 of 4')).toBeInTheDocument();
    expect(turn()).toBe('Sam, your turn to answer, out loud');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[0]!.text);
    expect(turn()).toBe('Sam, your turn to answer, out loud');
  });

  it('keeps each partner’s notes as theirs, never hidden, and finishes with an optional number each, a gap never a 0', async () => {
    const { fake, read } = fakeCore();
    const user = userEvent.setup();
    renderFlow(read());

    await user.type(screen.getByLabelText('Sam’s note'), 'Closer since the trip');
    await user.click(screen.getByRole('button', { name: 'Now Sam answers' }));
    // The note stays with its question, for either turn.
    expect(screen.getByLabelText('Sam’s note')).toHaveValue('Closer since the trip');
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: /^(Now \w+ answers|Next question)$/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[3]!.text);
    await user.type(screen.getByLabelText('Alex’s note'), 'The late trains');
    await user.click(screen.getByRole('button', { name: 'On to how close you feel' }));

    expect(screen.getByRole('heading', { level: 1, name: 'How connected do you each feel right now?' })).toHaveFocus();
    const sam = screen.getByRole('group', { name: 'Sam' });
    const alex = screen.getByRole('group', { name: 'Alex' });
    expect(within(sam).getByRole('radio', { name: 'No number' })).toBeChecked();
    await user.click(within(sam).getByRole('radio', { name: '8' }));
    expect(within(sam).getByRole('radio', { name: '8' })).toBeChecked();
    expect(within(alex).getByRole('radio', { name: 'No number' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Finish the check-in' }));

    expect(await screen.findByRole('heading', { name: 'Your check-in, together' })).toBeInTheDocument();
    expect(screen.getByText('Closer since the trip')).toBeInTheDocument();
    expect(screen.getByText('The late trains')).toBeInTheDocument();
    expect(screen.getByText('answered without a number')).toBeInTheDocument();
    expect(screen.getAllByText('No note').length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/\b0 of 10/);

    const answers = fake.calls.filter((c) => c.method === 'checkins.answer').map((c) => c.arg as { partner: string; hidden: boolean; rating: number | null; answers: CheckInAnswers });
    expect(answers.every((a) => a.hidden === false)).toBe(true);
    expect(answers.filter((a) => a.partner === 'a').at(-1)).toMatchObject({ rating: 8, answers: { connection: 'Closer since the trip', distance: '' } });
    expect(answers.filter((a) => a.partner === 'b').at(-1)).toMatchObject({ rating: null, answers: { distance: 'The late trains', connection: '' } });
    expect(fake.calls.filter((c) => c.method === 'checkins.finish')).toHaveLength(1);
    expect(fake.calls.some((c) => c.method === 'drafts.save' || c.method === 'checkins.submit')).toBe(false);
  });

  it('picks up at the last question with a note, or at the numbers once one is chosen', async () => {
    const noted = fakeCore({ a: { answers: { ...blank(), highlight: 'Pancakes' }, rating: null, submitted: false } });
    renderFlow(noted.read());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CHECKIN_QUESTIONS[2]!.text);
    expect(screen.getByLabelText('Sam’s note')).toHaveValue('Pancakes');
    // The third question: Alex answers first again.
    expect(turn()).toBe('Alex, your turn to answer, out loud');
    document.body.innerHTML = '';

    const rated = fakeCore({ b: { answers: blank(), rating: 6, submitted: false } });
    renderFlow(rated.read());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How connected do you each feel right now?');
    expect(within(screen.getByRole('group', { name: 'Alex' })).getByRole('radio', { name: '6' })).toBeChecked();
  });
});
