import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CheckIn, CheckInSchedule } from '../../../shared/checkins';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { formatEventDay, localToday } from '../timeline/format';
import CheckIns from './CheckIns.svelte';
import { CheckInsSection } from './checkins.svelte';
import { lastCheckInWords } from './words';

const blank = { connection: '', closer: '', highlight: '', distance: '' };

function done(id: string, day: string, a: number | null, b: number | null): CheckIn {
  const side = (partner: 'a' | 'b', rating: number | null) => ({ partner, started: true, submitted: true, hidden: false, answers: blank, rating, updatedAt: `${day}T19:00:00.000Z` });
  return {
    id,
    status: 'complete',
    startedAt: `${day}T18:30:00.000Z`,
    completedAt: `${day}T19:00:00.000Z`,
    completedOn: day,
    appreciationSessionId: null,
    mode: 'apart',
    firstTurn: null,
    followUps: [],
    begun: [],
    sides: [side('a', a), side('b', b)],
  };
}

const schedule: CheckInSchedule = {
  cadence: { every: 'weekly', weekday: 0, time: '19:00', timeZone: 'UTC', openWithAppreciations: false, notify: false, since: '2026-01-01T00:00:00.000Z' },
  nextDueAt: '2026-03-15T19:00:00.000Z',
  overdue: false,
  lastCompletedAt: '2026-03-08T19:00:00.000Z',
};

function renderSection(items: CheckIn[]) {
  const fake = installFakeHearth({
    'checkins.schedule': () => ({ ...schedule, lastCompletedAt: items[0]?.completedAt ?? null }),
    'checkins.current': () => null,
    'checkins.list': () => ({ items, next: null }),
  });
  render(CheckIns, { props: { section: new CheckInsSection(), session } });
  return fake;
}

describe('the check-ins overview', () => {
  it('says when the most recent check-in was, counts no weeks in a row, and shows a missing rating as no number', async () => {
    // Weekly check-ins, with 22 February missed: nothing here reacts to the gap.
    const fake = renderSection([done('c3', '2026-03-08', 7, null), done('c2', '2026-03-01', 6, 8), done('c1', '2026-02-15', 5, 7)]);
    const line = await screen.findByTestId('last-checkin');
    expect(line).toHaveTextContent(`Your most recent check-in was on ${formatEventDay('2026-03-08', 'long')}.`);
    const history = screen.getByRole('region', { name: 'Your check-ins so far' });
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sam 7 of 10 · Alex no number');
    expect(items[1]).toHaveTextContent('Sam 6 of 10 · Alex 8 of 10');
    expect(document.body.textContent).not.toMatch(/in a row|streak|weeks running|0 of 10/i);
    expect(fake.calls.map((c) => c.method)).not.toContain('checkins.streaks');
  });

  it('says nothing of a last check-in before the first one', async () => {
    renderSection([]);
    expect(await screen.findByText(/When you finish a check-in, both your answers are kept here/)).toBeInTheDocument();
    expect(screen.queryByTestId('last-checkin')).not.toBeInTheDocument();
  });
});

describe('starting a check-in', () => {
  it('asks which way, together at the screen first, and who speaks first, then opens that way', async () => {
    const user = userEvent.setup();
    let started: unknown = null;
    const together: CheckIn = { ...done('c4', '2026-03-15', null, null), id: '4c2a9e1d-7b3f-4e6a-9d8c-1f2e3a4b5c6d', mode: 'together', firstTurn: 'b' };
    const fake = installFakeHearth({
      'checkins.schedule': () => ({ ...schedule, cadence: { ...schedule.cadence!, openWithAppreciations: false } }),
      'checkins.current': () => null,
      'checkins.list': () => ({ items: [together], next: null }),
      'checkins.start': (arg) => {
        started = arg;
        return { ...together, status: 'open', completedAt: null, completedOn: null, sides: together.sides.map((s) => ({ ...s, started: false, submitted: false, answers: null, rating: null, updatedAt: null })) };
      },
    });
    render(CheckIns, { props: { section: new CheckInsSection(), session } });
    // The history says which way each one was done.
    const history = await screen.findByRole('region', { name: 'Your check-ins so far' });
    expect(within(history).getByTestId('mode')).toHaveTextContent('Together at the screen');
    expect(within(history).getByText('Read notes')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start a check-in now' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Start a check-in' })).toHaveFocus();
    const how = screen.getByRole('group', { name: 'How would you like to do it?' });
    expect(within(how).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['together', 'apart']);
    expect(within(how).getByRole('radio', { name: 'Together at the screen' })).toBeChecked();
    expect(within(how).getByRole('radio', { name: 'Each on our own' })).not.toBeChecked();
    // Nothing is started until they choose to begin.
    expect(fake.calls.map((c) => c.method)).not.toContain('checkins.start');
    await user.click(within(screen.getByRole('group', { name: 'Who speaks first?' })).getByRole('radio', { name: 'Alex' }));
    await user.click(screen.getByRole('button', { name: 'Begin' }));

    expect(started).toEqual({ mode: 'together', firstTurn: 'b', withAppreciations: false });
    expect(await screen.findByText('Question 1 of 4')).toBeInTheDocument();
    expect(screen.getByTestId('turn')).toHaveTextContent('Alex, your turn to answer, out loud');
  });

  it('asks who speaks first only when someone does: each on our own, without appreciations, it does not', async () => {
    const user = userEvent.setup();
    renderSection([]);
    await user.click(await screen.findByRole('button', { name: 'Start a check-in now' }));
    await user.click(screen.getByRole('radio', { name: 'Each on our own' }));
    expect(screen.queryByRole('group', { name: 'Who speaks first?' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Open with appreciations/ }));
    expect(screen.getByRole('group', { name: 'Who speaks first?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeInTheDocument();
  });
});

describe('lastCheckInWords', () => {
  it('is a day, never a count', () => {
    const today = localToday(new Date(2026, 2, 10));
    expect(lastCheckInWords(null, today)).toBeNull();
    expect(lastCheckInWords('2026-03-10', today)).toBe('Your most recent check-in was today.');
    expect(lastCheckInWords('2026-03-09', today)).toBe('Your most recent check-in was yesterday.');
    expect(lastCheckInWords('2026-03-01', today)).toBe(`Your most recent check-in was on ${formatEventDay('2026-03-01', 'long')}.`);
    // Across a month's end.
    expect(lastCheckInWords('2026-02-28', localToday(new Date(2026, 2, 1)))).toBe('Your most recent check-in was yesterday.');
  });
});
