import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const RESOLUTION_MS = 1;

/**
 * The longest stall of the event loop while a phase runs (perf_hooks monitorEventLoopDelay). The
 * histogram records the gap between timer ticks, so a stall shows as gap minus the 1 ms interval.
 * For diagnosis it also notes the longest garbage-collection pause seen in each phase, reported beside,
 * never subtracted (the process keeps only ids and dates of the generated data: see BenchData).
 */
export class LoopMonitor {
  readonly phases: Record<string, number> = {};
  readonly gcPauses: Record<string, number> = {};

  async phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    let longestGc = 0;
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestGc = Math.max(longestGc, entry.duration);
    });
    gc.observe({ entryTypes: ['gc'] });
    histogram.enable();
    await sleep(5); // the first tick after enable() sets the baseline and is not recorded
    try {
      return await work();
    } finally {
      await sleep(5); // let the tick that follows the last stall be recorded
      histogram.disable();
      gc.disconnect();
      const blocked = Math.max(0, histogram.max / 1e6 - RESOLUTION_MS);
      this.phases[name] = Math.max(this.phases[name] ?? 0, Math.round(blocked * 100) / 100);
      this.gcPauses[name] = Math.max(this.gcPauses[name] ?? 0, Math.round(longestGc * 100) / 100);
    }
  }

  /** The longest stall over every phase so far, or null when none ran. */
  max(): number | null {
    const values = Object.values(this.phases);
    return values.length ? Math.max(...values) : null;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
