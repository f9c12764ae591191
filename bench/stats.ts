/** Nearest-rank percentile (p in 0–100) of a list of timings. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** p50 / p95 / max of a list, rounded for printing. */
export function summary(values: readonly number[]): { n: number; p50: number; p95: number; max: number } {
  return { n: values.length, p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Let the event loop turn (timers, I/O) between two operations, as separate IPC calls would: each arrives as a task of
 * its own, after the loop has run its timers. A timer, not `setImmediate`: an operation that ends in an I/O callback (a
 * worker's answer, the KDF's) would run the next one's `setImmediate` in the same turn of the loop, and the event-loop
 * monitor would see the two operations, and the bench's own code between them, as one stall.
 */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Time one async operation in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
