import type { Db } from './db/database';
import type { Clock } from './platform';

/** What an area's service is given: the open vault's connection and the clock, nothing else of the core. */
export interface AreaContext {
  /** The unlocked vault's connection; throws VAULT_LOCKED when no vault is open. */
  db(): Db;
  clock: Clock;
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

  protected now(): Date {
    return this.#context.clock.now();
  }

  /** Now as stored: an ISO 8601 timestamp. */
  protected timestamp(): string {
    return this.now().toISOString();
  }
}
