import type { z } from 'zod';
import type { PartnerId } from '../../../shared/basics';
import { specificityNudge, type Appreciation, type AppreciationSession, type AppreciationSessionSummary, type SessionsPage } from '../../../shared/appreciations';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { attempt, describeError } from '../lib/errors';
import { Pages } from '../lib/paged.svelte';

/** One round of "I appreciate you because…": partners take turns; three each is encouraged, never required. */
export class AppreciationRound {
  #session = $state.raw<AppreciationSession>() as AppreciationSession;
  text = $state('');
  from = $state<PartnerId>('a');
  #working = $state(false);
  #error = $state<string | null>(null);
  /** Which nudge toward the specific the text typed so far gets (null once it is specific, 'empty' before any). */
  readonly nudge = $derived(specificityNudge(this.text));

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

  async add(): Promise<boolean> {
    const text = this.text.trim();
    if (!text) {
      this.#error = t('appreciations.empty');
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
      return await attempt(work, (message) => (this.#error = message));
    } finally {
      this.#working = false;
    }
  }

}

/** The whole sentence, whether or not the stem was typed too. */
export function spoken(text: string): string {
  const stem = t('appreciations.stem').replace(/[….\s]+$/, '').toLocaleLowerCase();
  const typed = text.toLocaleLowerCase();
  return typed.startsWith('i appreciate you because') || typed.startsWith(stem) ? text : t('appreciations.spoken', { text });
}

type SessionSummary = z.infer<typeof AppreciationSessionSummary>;
type SessionCursor = NonNullable<z.infer<typeof SessionsPage>['next']>;

export const SESSIONS_PAGE = 10;

/** The appreciations page: a round under way or one being reread, past rounds a page at a time, and what each received. */
export class AppreciationsSection {
  #round = $state.raw<AppreciationRound | null>(null);
  #reading = $state.raw<AppreciationSession | null>(null);
  readonly sessions = new Pages<SessionSummary, SessionCursor>((after) => api.appreciations.sessions({ after, limit: SESSIONS_PAGE }));
  #receivedFor = $state<PartnerId>('a');
  #received = $state.raw<Appreciation[]>([]);
  #error = $state<string | null>(null);

  get round() {
    return this.#round;
  }
  /** A finished round, open to reread. */
  get reading() {
    return this.#reading;
  }
  get receivedFor() {
    return this.#receivedFor;
  }
  get received() {
    return this.#received;
  }
  get error() {
    return this.#error ?? this.sessions.error;
  }

  async load(): Promise<void> {
    await Promise.all([this.sessions.reload(), this.showReceived('a')]);
  }

  /** The appreciations one partner has received. */
  async showReceived(partner: PartnerId): Promise<void> {
    this.#receivedFor = partner;
    try {
      this.#received = await api.appreciations.received({ partner });
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  async start(firstTurn: PartnerId): Promise<void> {
    this.#error = null;
    try {
      this.#round = new AppreciationRound(await api.appreciations.startSession({ firstTurn }));
      this.#reading = null;
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  /** A past round: reread when it was finished, carried on when it was not. */
  async open(id: string): Promise<void> {
    this.#error = null;
    try {
      const session = await api.appreciations.session({ sessionId: id });
      if (session.finishedAt) this.#reading = session;
      else this.#round = new AppreciationRound(session);
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  closeReading(): void {
    this.#reading = null;
  }

  /** The round is finished: the lists are read again. */
  done(): void {
    this.#round = null;
    void this.sessions.reload();
    void this.showReceived(this.#receivedFor);
  }
}
