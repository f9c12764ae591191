import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { Clock } from '../platform';
import { writeFileAtomic } from './atomic-file';

const Attempts = z.object({ failures: z.number().int().min(0), lastFailureAt: z.string() });
type Attempts = z.infer<typeof Attempts>;

/** Free tries before the delay starts; then it doubles per failure up to the cap. */
const FREE_TRIES = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

export function delayAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES));
}

/**
 * Failed unlocks are counted in a file beside the vault, so quitting and restarting Hearth does not
 * reset the growing delay. It holds a count and a time, nothing about the vault's contents.
 */
export class UnlockAttempts {
  readonly #path: string;
  readonly #clock: Clock;

  constructor(path: string, clock: Clock) {
    this.#path = path;
    this.#clock = clock;
  }

  #read(): Attempts {
    try {
      if (existsSync(this.#path)) {
        const parsed = Attempts.safeParse(JSON.parse(readFileSync(this.#path, 'utf8')));
        if (parsed.success) return parsed.data;
      }
    } catch {
      // An unreadable counter starts again from zero rather than locking the couple out.
    }
    return { failures: 0, lastFailureAt: new Date(0).toISOString() };
  }

  /** Throws RATE_LIMITED while the delay after the last failure has not passed. */
  assertAllowed(): void {
    const { failures, lastFailureAt } = this.#read();
    const waitUntil = Date.parse(lastFailureAt) + delayAfter(failures);
    const retryAfterMs = waitUntil - this.#clock.now().getTime();
    if (retryAfterMs > 0) {
      const seconds = Math.ceil(retryAfterMs / 1000);
      throw new HearthError('RATE_LIMITED', `Too many tries. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`, { retryAfterMs });
    }
  }

  recordFailure(): void {
    const { failures } = this.#read();
    writeFileAtomic(this.#path, JSON.stringify({ failures: failures + 1, lastFailureAt: this.#clock.now().toISOString() }));
  }

  reset(): void {
    if (this.#read().failures > 0) writeFileAtomic(this.#path, JSON.stringify({ failures: 0, lastFailureAt: this.#clock.now().toISOString() }));
  }
}
