import type { CheckIn } from '../../../shared/checkins';

/**
 * What every reflection the core answers has besides its type's own parts: a draft with id `id`, begun and last saved
 * at `at`, linked to nothing. Spread it first and override what a test is about.
 */
export function reflectionBase(id: string, at: string) {
  return {
    id,
    status: 'draft' as const,
    eventId: null,
    repairEventId: null,
    event: null,
    repairEvent: null,
    checkinId: null,
    forTherapy: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
    completedAt: null,
    resolvedAt: null,
  };
}

/** A check-in as the core answers it: open, done apart, nothing followed up or begun; override what a test needs. */
export function checkInBase(id: string, over: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    status: 'open',
    startedAt: '2026-11-26T09:00:00.000Z',
    completedAt: null,
    completedOn: null,
    appreciationSessionId: null,
    mode: 'apart',
    firstTurn: null,
    followUps: [],
    begun: [],
    sides: [],
    ...over,
  };
}
