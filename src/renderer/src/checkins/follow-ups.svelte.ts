import type { PartnerId } from '../../../shared/basics';
import type { CheckIn, FollowUp, FollowUpOutcome } from '../../../shared/checkins';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';

/** One plan, by its reflection and whose it is (an aftermath has one per partner). */
export const followUpKey = (f: Pick<FollowUp, 'reflectionId' | 'partner'>) => `${f.reflectionId}-${f.partner}`;

/**
 * "Since last time": the plans an open check-in brought up, and how each went. An answer is kept as soon as it is
 * chosen, a note when the field is left; the check-in's other answers are not touched.
 */
export class FollowUpsState {
  #items = $state.raw<FollowUp[]>([]);
  /** Notes as typed, by plan, until they are kept. */
  notes = $state<Record<string, string>>({});
  #checkInId: string;
  #error = $state<string | null>(null);
  #saving = $state(false);

  constructor(checkIn: CheckIn) {
    this.#checkInId = checkIn.id;
    this.#take(checkIn);
  }

  get items() {
    return this.#items;
  }
  get error() {
    return this.#error;
  }
  get saving() {
    return this.#saving;
  }

  /** How it went; choosing the answer already chosen takes it back. */
  async answer(f: FollowUp, outcome: FollowUpOutcome | null): Promise<void> {
    await this.#save(f, { outcome: f.outcome === outcome ? null : outcome });
  }

  /** The note as typed, kept when the field is left (only when it changed). */
  async keepNote(f: FollowUp): Promise<void> {
    const note = this.notes[followUpKey(f)] ?? '';
    if (note === f.note) return;
    await this.#save(f, { note });
  }

  async #save(f: FollowUp, change: { outcome?: FollowUpOutcome | null; note?: string }): Promise<void> {
    this.#saving = true;
    try {
      const note = change.note ?? this.notes[followUpKey(f)] ?? f.note;
      const outcome = change.outcome === undefined ? f.outcome : change.outcome;
      this.#take(await api.checkins.followUp({ id: this.#checkInId, reflectionId: f.reflectionId, partner: f.partner as PartnerId, outcome, note }));
      this.#error = null;
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      this.#saving = false;
    }
  }

  #take(checkIn: CheckIn): void {
    this.#items = checkIn.followUps;
    for (const f of checkIn.followUps) this.notes[followUpKey(f)] ??= f.note;
  }
}
