import type { PartnerId } from '../../../shared/basics';
import type { CheckIn, CheckInMode, CheckInPage, CheckInSchedule } from '../../../shared/checkins';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { Pages } from '../lib/paged.svelte';
import { CheckInFlow } from './flow.svelte';
import { TogetherFlow } from './together.svelte';

export const HISTORY_PAGE = 10;

type Cursor = NonNullable<CheckInPage['next']>;

/** What the couple chooses when they start a check-in. */
export interface StartChoice {
  mode: CheckInMode;
  firstTurn: PartnerId;
  withAppreciations: boolean;
}

/** The screens of a check-in: each on their own, or together at the screen. */
export const flowFor = (checkIn: CheckIn) => (checkIn.mode === 'together' ? new TogetherFlow(checkIn) : new CheckInFlow(checkIn));

/** The Check-ins section: the rhythm, the one open check-in, and every finished one. */
export class CheckInsSection {
  view = $state<'overview' | 'cadence' | 'start' | 'flow'>('overview');
  #schedule = $state.raw<CheckInSchedule | null>(null);
  #current = $state.raw<CheckIn | null>(null);
  #flow = $state.raw<CheckInFlow | TogetherFlow | null>(null);
  /** Every finished check-in, newest first, a page at a time. */
  readonly history = new Pages<CheckIn, Cursor>((after) => api.checkins.list({ after, limit: HISTORY_PAGE }));
  #loaded = $state(false);
  #error = $state<string | null>(null);
  /** Set by the frame: open a new reflection of this type, begun from this check-in, in Reflections. */
  onTakeUp: (type: 'conflict' | 'aftermath', checkInId: string) => void = () => {};

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

  /** Carry on the open check-in, or choose how to do a new one. */
  begin(): void {
    this.#error = null;
    if (this.#current) this.#open(this.#current);
    else this.view = 'start';
  }

  /** Start a check-in the way the couple chose (the start screen pre-fills the appreciations from the rhythm). */
  async start(choice: StartChoice): Promise<void> {
    this.#error = null;
    try {
      this.#open(await api.checkins.start(choice));
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  #open(checkIn: CheckIn): void {
    this.#current = checkIn;
    this.#flow = flowFor(checkIn);
    this.view = 'flow';
  }

  /** Back to the overview from a check-in, finished or not. */
  async leave(): Promise<void> {
    await this.#flow?.close();
    this.#flow = null;
    this.view = 'overview';
    await this.load();
  }

  /** From a finished check-in, take one thing further in a reflection linked to it. */
  takeUp(type: 'conflict' | 'aftermath'): void {
    const id = this.#flow?.checkIn.id;
    if (id) this.onTakeUp(type, id);
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
