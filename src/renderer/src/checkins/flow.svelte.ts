import type { CheckIn, CheckInAnswers, CheckInSide } from '../../../shared/checkins';
import type { PartnerId } from '../../../shared/basics';
import { api } from '../lib/api';
import { onBeforeLock } from '../lib/before-lock';
import { describeError } from '../lib/errors';
import { FollowUpsState } from './follow-ups.svelte';

/** Answers are kept (through `checkins.answer`, never `drafts.save`) this long after typing stops. */
export const ANSWER_SAVE_MS = 1_500;

export type FlowStep =
  | { name: 'appreciations' }
  | { name: 'pick' }
  | { name: 'answer'; partner: PartnerId }
  | { name: 'handoff'; from: PartnerId; to: PartnerId }
  | { name: 'reveal' };

export interface AnswerForm {
  answers: CheckInAnswers;
  rating: number | null;
  hidden: boolean;
}

export function blankAnswers(): CheckInAnswers {
  return { connection: '', closer: '', highlight: '', distance: '' };
}

function blankForm(hidden = false): AnswerForm {
  return { answers: blankAnswers(), rating: null, hidden };
}

const other = (p: PartnerId): PartnerId => (p === 'a' ? 'b' : 'a');

/**
 * One check-in on one computer: each partner answers in turn. A hidden side's words live only in
 * this form while its author is typing; once they step away or submit, the form is wiped and the
 * screen can never show them again, not even to the author.
 */
export class CheckInFlow {
  #checkIn = $state.raw<CheckIn>() as CheckIn;
  step = $state<FlowStep>({ name: 'pick' });
  form = $state<AnswerForm>(blankForm());
  /** Since last time: the plans it brought up, looked at together before each answers apart. */
  readonly followUps: FollowUpsState;
  /** The partner on screen started hidden answers earlier: they are kept, unseen, until submitted or replaced. */
  #hiddenKept = $state(false);
  #working = $state(false);
  #error = $state<string | null>(null);
  #savedAt = $state<string | null>(null);
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #stopBeforeLock: () => void;

  constructor(checkIn: CheckIn) {
    this.#checkIn = checkIn;
    this.followUps = new FollowUpsState(checkIn);
    this.step = this.#firstStep();
    this.#stopBeforeLock = onBeforeLock(() => this.saveAnswers());
  }

  get checkIn() {
    return this.#checkIn;
  }
  get hiddenKept() {
    return this.#hiddenKept;
  }
  get working() {
    return this.#working;
  }
  get error() {
    return this.#error;
  }
  get savedAt() {
    return this.#savedAt;
  }
  side(partner: PartnerId): CheckInSide | undefined {
    return this.#checkIn.sides.find((s) => s.partner === partner);
  }

  #firstStep(): FlowStep {
    const c = this.#checkIn;
    if (c.status === 'complete') return { name: 'reveal' };
    const [a, b] = [this.side('a'), this.side('b')];
    if (c.appreciationSessionId && !a?.started && !b?.started) return { name: 'appreciations' };
    if (a?.submitted && !b?.submitted) return { name: 'handoff', from: 'a', to: 'b' };
    if (b?.submitted && !a?.submitted) return { name: 'handoff', from: 'b', to: 'a' };
    return { name: 'pick' };
  }

  toQuestions(): void {
    this.step = this.#firstStep().name === 'appreciations' ? { name: 'pick' } : this.#firstStep();
  }

  /** A partner sits down to answer: their open answers come back, hidden ones never do. */
  choose(partner: PartnerId): void {
    const side = this.side(partner);
    this.#error = null;
    this.#savedAt = null;
    this.#hiddenKept = Boolean(side?.started && side.hidden);
    this.form =
      side?.started && !side.hidden && side.answers
        ? { answers: { ...side.answers }, rating: side.rating, hidden: false }
        : blankForm(side?.hidden ?? false);
    this.step = { name: 'answer', partner };
  }

  /** Write new hidden answers in place of the kept ones (they are replaced on the next save). */
  startAgain(): void {
    this.#hiddenKept = false;
    this.form = blankForm(true);
  }

  touch(): void {
    this.#dirty = true;
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.saveAnswers();
    }, ANSWER_SAVE_MS);
  }

  /** The answers so far are this partner's draft, kept in the vault (hidden ones unreadable to anyone). */
  async saveAnswers(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#dirty || this.step.name !== 'answer' || this.#hiddenKept) return;
    this.#dirty = false;
    const partner = this.step.partner;
    try {
      this.#checkIn = await api.checkins.answer({ id: this.#checkIn.id, partner, answers: { ...this.form.answers }, rating: this.form.rating, hidden: this.form.hidden });
      this.#savedAt = this.#checkIn.sides.find((s) => s.partner === partner)?.updatedAt ?? null;
      this.#error = null;
    } catch (error) {
      this.#dirty = true;
      this.#error = describeError(error);
    }
  }

  /** Step away before finishing: what was written is kept; hidden words leave the screen for good. */
  async stepAway(): Promise<void> {
    await this.saveAnswers();
    this.#wipe();
    this.step = { name: 'pick' };
  }

  async submit(): Promise<void> {
    if (this.step.name !== 'answer') return;
    const partner = this.step.partner;
    this.#working = true;
    this.#error = null;
    try {
      if (!this.#hiddenKept) {
        this.#dirty = true;
        await this.saveAnswers();
        if (this.#dirty) return;
      }
      this.#checkIn = await api.checkins.submit({ id: this.#checkIn.id, partner });
      this.#wipe();
      const next = this.side(other(partner));
      this.step = this.#checkIn.status === 'complete' ? { name: 'reveal' } : next?.submitted ? { name: 'pick' } : { name: 'handoff', from: partner, to: other(partner) };
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      this.#working = false;
    }
  }

  async discard(): Promise<void> {
    this.#wipe();
    await api.checkins.discard({ id: this.#checkIn.id });
  }

  /** Leaving the check-in screen. */
  async close(): Promise<void> {
    this.#stopBeforeLock();
    await this.saveAnswers();
    this.#wipe();
  }

  #wipe(): void {
    this.#dirty = false;
    this.#hiddenKept = false;
    this.form = blankForm();
    this.#savedAt = null;
  }
}
