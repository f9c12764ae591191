import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppreciationSession } from '../../../shared/appreciations';
import { installFakeHearth, session } from '../testing/fake-hearth';
import AppreciationRound from './AppreciationRound.svelte';
import { AppreciationRound as Round } from './appreciations.svelte';

const empty: AppreciationSession = {
  id: '4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b',
  startedAt: '2026-11-26T10:00:00.000Z',
  finishedAt: null,
  firstTurn: 'a',
  nextTurn: 'a',
  checkInId: null,
  appreciations: [],
  readyToFinish: false,
};

/** A round with these shared, in order; the texts hold no digits, so any number on screen is a count. */
function sharedBy(from: readonly ('a' | 'b')[], readyToFinish: boolean): AppreciationSession {
  const texts = ['you made soup when I had a cold', 'you walked the dog in the rain', 'you listened to the whole story', 'you remembered my friend’s name'];
  return {
    ...empty,
    appreciations: from.map((who, i) => ({
      id: `7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c${String(i).padStart(2, '0')}`,
      sessionId: empty.id,
      from: who,
      text: texts[i % texts.length]!,
      createdAt: empty.startedAt,
      hint: { specific: true, nudge: null },
    })),
    nextTurn: 'b',
    readyToFinish,
  };
}

describe('"I appreciate you because…"', () => {
  it('nudges gently toward a moment while a vague appreciation is typed, and lets it be shared anyway', async () => {
    const fake = installFakeHearth({
      'appreciations.add': (arg) => {
        const { from, text } = arg as { from: 'a' | 'b'; text: string };
        const item = { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', sessionId: empty.id, from, text, createdAt: empty.startedAt, hint: { specific: false, nudge: 'x' } };
        return { ...empty, appreciations: [item], nextTurn: 'b' };
      },
      'appreciations.finish': () => ({ ...empty, finishedAt: empty.startedAt }),
    });
    const user = userEvent.setup();
    render(AppreciationRound, { props: { round: new Round(empty), partners: session.partners, onDone: () => {} } });
    const field = screen.getByLabelText(/Sam, tell Alex/);
    expect(screen.queryByText(/add a moment/)).not.toBeInTheDocument();

    await user.type(field, "you're nice");
    expect(screen.getByText(/Can you add a moment when you noticed it\?/)).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/Can you add a moment/);

    await user.clear(field);
    await user.type(field, 'you made soup when I had a cold last week');
    expect(screen.queryByText(/add a moment/)).not.toBeInTheDocument();
    expect(screen.getByText('That is lovely and specific.')).toBeInTheDocument();

    // A vague one can still be shared: the hint never blocks.
    await user.clear(field);
    await user.type(field, "you're nice{Enter}");
    expect(fake.calls.find((c) => c.method === 'appreciations.add')?.arg).toMatchObject({ from: 'a', text: "you're nice" });
    expect(await screen.findByLabelText(/Alex, tell Sam/)).toBeInTheDocument();
    // Finishing is open before three each.
    expect(screen.getByRole('button', { name: 'Finish this round' })).toBeEnabled();
  });

  it('never shows how many one partner has shared beside the other: only the aim of three each, together', async () => {
    installFakeHearth({});
    // Sam has shared three, Alex one: the screen says nothing of who is ahead.
    const { container, unmount } = render(AppreciationRound, {
      props: { round: new Round(sharedBy(['a', 'b', 'a', 'a'], false)), partners: session.partners, onDone: () => {} },
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('About three each is a nice aim; finish whenever you like.')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\d/);
    expect(container.textContent).not.toMatch(/has shared|shared more|fewer|behind|ahead/i);
    // The turn still passes to whoever is next, without a tally.
    expect(screen.getByRole('button', { name: 'Alex' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText(/Alex, tell Sam/)).toBeInTheDocument();
    unmount();

    // Once each has shared three, it says so of the two of you, and finishing becomes the main action.
    render(AppreciationRound, {
      props: { round: new Round(sharedBy(['a', 'b', 'a', 'b', 'a', 'b', 'a'], true)), partners: session.partners, onDone: () => {} },
    });
    expect(screen.getByText('You have each shared three or more — finish whenever you like.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\d/);
    expect(screen.getByRole('button', { name: 'Finish this round' })).toHaveClass('btn-primary');
  });
});
