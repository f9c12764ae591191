import { describe, expect, it } from 'vitest';
import { TimeSlice } from '../../src/core/time-slice';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('work done in time slices', () => {
  it('lets the event loop turn once a slice has run past its budget, and goes on where it was', async () => {
    const slice = new TimeSlice();
    let turned = 0;
    const timer = setInterval(() => turned++, 0);
    const done: number[] = [];
    try {
      // Forty units of 2 ms: far more than one slice, so the loop must have turned in between.
      for (let i = 0; i < 40; i++) {
        busy(2);
        done.push(i);
        await slice.pause();
      }
    } finally {
      clearInterval(timer);
    }
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(turned).toBeGreaterThan(0);
  });
});
