import { CHECKIN_QUESTIONS, firstSpeaker, type CheckIn, type CheckInAnswers } from '../../../shared/checkins';
import type { PartnerId } from '../../../shared/basics';
import { api } from '../lib/api';
import { onBeforeLock } from '../lib/before-lock';
import { describeError } from '../lib/errors';
import { ANSWER_SAVE_MS, blankAnswers } from './flow.svelte';
import { FollowUpsState } from './follow-ups.svelte';

export type TogetherStep =
  | { name: 'appreciations' }
  /** The plans made since the last check-in, and how each went (only when it brought some up). */
  | { name: 'followUps' }
  /** One question on screen; `turn` 0 is the first speaker's, 1 the other's. */
  | { name: 'question'; index: number; turn: 0 | 1 }
  | { name: 'ratings' }
  | { name: 'done' };

const PARTNERS: readonly PartnerId[] = ['a', 'b'];
const LAST = CHECKIN_QUESTIONS.length - 1;

export const otherPartner = (p: PartnerId): PartnerId => (p === 'a' ? 'b' : 'a');

/**
 * Where a check-in done together picks up: the ratings once either has chosen a number, otherwise the last question
 * either partner noted something for (the first when there are no notes yet), or, when nothing of the questions has
 * been started, the opening appreciations, or else the plans since last time when it brought some up.
 */
export function resumeStep(checkIn: CheckIn): TogetherStep {
  if (checkIn.status === 'complete') return { name: 'done' };
  const started = checkIn.sides.filter((s) => s.started);
  if (checkIn.appreciationSessionId && started.length === 0) return { name: 'appreciations' };
  if (checkIn.followUps.length && started.length === 0) return { name: 'followUps' };
  if (started.some((s) => s.rating !== null)) return { name: 'ratings' };
  const noted = CHECKIN_QUESTIONS.map((q) => started.some((s) => s.answers?.[q.id])).lastIndexOf(true);
  return { name: 'question', index: Math.max(noted, 0), turn: 0 };
}

/**
 * One check-in done together at one screen: one question at a time, each partner answering aloud in turn while the
 * other listens and says back what they heard. Each partner's notes and number are theirs (kept through
 * `checkins.answer`, never hidden: they are both there), and `checkins.finish` hands both in at once.
 */
export class TogetherFlow {
  #checkIn = $state.raw<CheckIn>() as CheckIn;
  step = $state<TogetherStep>({ name: 'question', index: 0, turn: 0 });
  notes = $state<Record<PartnerId, CheckInAnswers>>({ a: blankAnswers(), b: blankAnswers() });
  ratings = $state<Record<PartnerId, number | null>>({ a: null, b: null });
  /** Since last time: the plans it brought up. */
  readonly followUps: FollowUpsState;
  #working = $state(false);
  #error = $state<string | null>(null);
  #savedAt = $state<string | null>(null);
  /** Whose notes or number changed since they were last kept (not state: nothing on screen reads it). */
  #dirty: Record<PartnerId, boolean> = { a: false, b: false };
  #timer: ReturnType<typeof setTimeout> | null = null;
  #stopBeforeLock: () => void;

  constructor(checkIn: CheckIn) {
    this.#checkIn = checkIn;
    this.followUps = new FollowUpsState(checkIn);
    for (const side of checkIn.sides) {
      if (side.answers) this.notes[side.partner] = { ...side.answers };
      this.ratings[side.partner] = side.rating;
    }
    this.step = resumeStep(checkIn);
    this.#stopBeforeLock = onBeforeLock(() => this.save());
  }

  get checkIn() {
    return this.#checkIn;
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

  /** Who answers aloud on this turn of this question. */
  speaker(index: number, turn: 0 | 1): PartnerId {
    const first = firstSpeaker(this.#checkIn.firstTurn ?? 'a', index);
    return turn === 0 ? first : otherPartner(first);
  }

  /** After the opening appreciations: the plans since last time, when there are some, or the first question. */
  afterAppreciations(): void {
    if (this.followUps.items.length) this.step = { name: 'followUps' };
    else this.toQuestions();
  }

  toQuestions(): void {
    this.step = { name: 'question', index: 0, turn: 0 };
  }

  /** The next turn, question, or the numbers after the last question. What was noted is kept on the way. */
  next(): void {
    const s = this.step;
    void this.save();
    if (s.name !== 'question') return;
    if (s.turn === 0) this.step = { ...s, turn: 1 };
    else if (s.index < LAST) this.step = { name: 'question', index: s.index + 1, turn: 0 };
    else this.step = { name: 'ratings' };
  }

  back(): void {
    const s = this.step;
    void this.save();
    if (s.name === 'ratings') this.step = { name: 'question', index: LAST, turn: 1 };
    else if (s.name !== 'question') return;
    else if (s.turn === 1) this.step = { ...s, turn: 0 };
    else if (s.index > 0) this.step = { name: 'question', index: s.index - 1, turn: 1 };
    else if (this.followUps.items.length) this.step = { name: 'followUps' };
  }

  touch(partner: PartnerId): void {
    this.#dirty[partner] = true;
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.save();
    }, ANSWER_SAVE_MS);
  }

  /** Keep what either partner noted (or the number they chose) in the vault as their own, open answers. */
  async save(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    for (const partner of PARTNERS) {
      if (!this.#dirty[partner]) continue;
      this.#dirty[partner] = false;
      try {
        const answers = { ...this.notes[partner] };
        this.#checkIn = await api.checkins.answer({ id: this.#checkIn.id, partner, answers, rating: this.ratings[partner], hidden: false });
        this.#savedAt = this.#checkIn.sides.find((s) => s.partner === partner)?.updatedAt ?? null;
        this.#error = null;
      } catch (error) {
        this.#dirty[partner] = true;
        this.#error = describeError(error);
      }
    }
  }

  /** Both sides in, and the check-in complete: the couple sees what they noted, side by side. */
  async finish(): Promise<void> {
    this.#working = true;
    this.#error = null;
    try {
      await this.save();
      if (this.#dirty.a || this.#dirty.b) return;
      this.#checkIn = await api.checkins.finish({ id: this.#checkIn.id });
      this.step = { name: 'done' };
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      this.#working = false;
    }
  }

  async discard(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#dirty = { a: false, b: false };
    await api.checkins.discard({ id: this.#checkIn.id });
  }

  /** Leaving the check-in screen: what was noted is kept. */
  async close(): Promise<void> {
    this.#stopBeforeLock();
    await this.save();
  }
}
