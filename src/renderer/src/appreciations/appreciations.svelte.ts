import type { PartnerId } from '../../../shared/basics';
import { APPRECIATIONS_EACH, specificityHint, type Appreciation, type AppreciationSession } from '../../../shared/appreciations';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';

export const STEM = 'I appreciate you because…';

/** One round of "I appreciate you because…": partners take turns; three each is encouraged, never required. */
export class AppreciationRound {
  #session = $state.raw<AppreciationSession>() as AppreciationSession;
  text = $state('');
  from = $state<PartnerId>('a');
  #working = $state(false);
  #error = $state<string | null>(null);
  readonly hint = $derived(specificityHint(this.text));

  constructor(session: AppreciationSession) {
    this.#session = session;
    this.from = session.nextTurn;
  }

  get session() {
    return this.#session;
  }
  get working() {
    return this.#working;
  }
  get error() {
    return this.#error;
  }
  get finished() {
    return this.#session.finishedAt !== null;
  }
  /** How many more each is encouraged to share, e.g. { a: 1, b: 3 }. */
  get toGo(): Record<PartnerId, number> {
    const { a, b } = this.#session.counts;
    return { a: Math.max(0, APPRECIATIONS_EACH - a), b: Math.max(0, APPRECIATIONS_EACH - b) };
  }

  async add(): Promise<boolean> {
    const text = this.text.trim();
    if (!text) {
      this.#error = 'Finish the sentence first; a few words are plenty.';
      return false;
    }
    return this.#run(async () => {
      this.#session = await api.appreciations.add({ sessionId: this.#session.id, from: this.from, text });
      this.text = '';
      this.from = this.#session.nextTurn;
    });
  }

  async remove(item: Appreciation): Promise<boolean> {
    return this.#run(async () => {
      this.#session = await api.appreciations.remove({ id: item.id });
    });
  }

  async finish(): Promise<boolean> {
    return this.#run(async () => {
      this.#session = await api.appreciations.finish({ sessionId: this.#session.id });
    });
  }

  async #run(work: () => Promise<void>): Promise<boolean> {
    this.#working = true;
    this.#error = null;
    try {
      await work();
      return true;
    } catch (error) {
      this.#error = describeError(error);
      return false;
    } finally {
      this.#working = false;
    }
  }
}

/** The whole sentence, whether or not the stem was typed too. */
export function spoken(text: string): string {
  return /^i appreciate you because/i.test(text) ? text : `I appreciate you because ${text}`;
}
