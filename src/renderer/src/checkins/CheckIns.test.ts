import { render, screen, within } from '@testing-library/svelte';
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
