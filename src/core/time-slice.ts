/**
 * Work that reads the vault on the main thread (its connection lives there) in slices, so the event loop keeps
 * turning: a window that waits a hundred milliseconds for its next frame stutters. (The longest reads, a search, the
 * insights page and the therapy export's, are on a worker instead: worker/reads.ts.)
 */

/** Let the event loop turn once (timers, IPC, a frame's worth of messages) before going on. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long a slice runs before it lets the loop turn: well under a frame. */
const BUDGET_MS = 8;

export class TimeSlice {
  #started = performance.now();

  /** Call between units of work: turns the loop when this slice has used its budget, and starts the next one. */
  async pause(): Promise<void> {
    if (performance.now() - this.#started < BUDGET_MS) return;
    await turn();
    this.#started = performance.now();
  }
}
