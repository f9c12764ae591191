/**
 * One vault operation at a time (`VaultService.serial`): each piece of work starts once the one queued before it has
 * answered or failed. A lock does not queue (core.ts): it lands between the steps of whatever is running.
 */
export class CallQueue {
  #queue: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
