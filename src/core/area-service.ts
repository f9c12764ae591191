import type { Db } from './db/database';
import { wordsIn, type Words } from './i18n/words';
import type { Clock } from './platform';

/** What an area's service is given: the open vault's connection, the clock and the words, nothing else of the core. */
export interface AreaContext {
  /** The unlocked vault's connection; throws VAULT_LOCKED when no vault is open. */
  db(): Db;
  clock: Clock;
  /** The language Hearth speaks now (Settings › Language, else the system's); English when not given (tests). */
  words?(): Words;
}

/** The start every area's service shares: its connection and its clock (tests give a fixed one). */
export abstract class AreaService {
  readonly #context: AreaContext;

  constructor(context: AreaContext) {
    this.#context = context;
  }

  protected get db(): Db {
    return this.#context.db();
  }

  /** For what the core writes for people to read (Insights' readings): in the language spoken now. */
  protected get words(): Words {
    return this.#context.words?.() ?? wordsIn('en');
  }

  protected now(): Date {
    return this.#context.clock.now();
  }

  /** Now as stored: an ISO 8601 timestamp. */
  protected timestamp(): string {
    return this.now().toISOString();
  }
}
