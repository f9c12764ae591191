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
  counts: { a: 0, b: 0 },
  readyToFinish: false,
};

describe('"I appreciate you because…"', () => {
  it('nudges gently toward a moment while a vague appreciation is typed, and lets it be shared anyway', async () => {
    const fake = installFakeHearth({
      'appreciations.add': (arg) => {
        const { from, text } = arg as { from: 'a' | 'b'; text: string };
        const item = { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', sessionId: empty.id, from, text, createdAt: empty.startedAt, hint: { specific: false, nudge: 'x' } };
        return { ...empty, appreciations: [item], counts: { a: 1, b: 0 }, nextTurn: 'b' };
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
});
