import type { CheckIn, CheckInPage, CheckInSchedule } from '../../../shared/checkins';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { Pages } from '../lib/paged.svelte';
import { CheckInFlow } from './flow.svelte';

export const HISTORY_PAGE = 10;

type Cursor = NonNullable<CheckInPage['next']>;

/** The Check-ins section: the rhythm, the one open check-in, and every finished one. */
export class CheckInsSection {
  view = $state<'overview' | 'cadence' | 'flow'>('overview');
  #schedule = $state.raw<CheckInSchedule | null>(null);
  #current = $state.raw<CheckIn | null>(null);
  #flow = $state.raw<CheckInFlow | null>(null);
  /** Every finished check-in, newest first, a page at a time. */
  readonly history = new Pages<CheckIn, Cursor>((after) => api.checkins.list({ after, limit: HISTORY_PAGE }));
  #loaded = $state(false);
  #error = $state<string | null>(null);

  get schedule() {
    return this.#schedule;
  }
  get current() {
    return this.#current;
  }
  get flow() {
    return this.#flow;
  }
  get loaded() {
    return this.#loaded;
  }
  get error() {
    return this.#error ?? this.history.error;
  }

  async load(): Promise<void> {
    const history = this.history.reload();
    try {
      const [schedule, current] = await Promise.all([api.checkins.schedule(), api.checkins.current()]);
      this.#schedule = schedule;
      this.#current = current;
      this.#error = null;
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      await history;
      this.#loaded = true;
    }
  }

  cadenceSaved(schedule: CheckInSchedule): void {
    this.#schedule = schedule;
    this.view = 'overview';
  }

  /** Begin a check-in (opening with appreciations when the rhythm says so), or carry on the open one. */
  async begin(): Promise<void> {
    this.#error = null;
    try {
      const checkIn = this.#current ?? (await api.checkins.start({ withAppreciations: this.#schedule?.cadence?.openWithAppreciations ?? false, firstTurn: 'a' }));
      this.#current = checkIn;
      this.#flow = new CheckInFlow(checkIn);
      this.view = 'flow';
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  /** Back to the overview from a check-in, finished or not. */
  async leave(): Promise<void> {
    await this.#flow?.close();
    this.#flow = null;
    this.view = 'overview';
    await this.load();
  }

  async discard(): Promise<void> {
    try {
      await this.#flow?.discard();
    } catch (error) {
      this.#error = describeError(error);
    }
    await this.leave();
  }
}
