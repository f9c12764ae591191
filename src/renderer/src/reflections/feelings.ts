import type { FeltFeeling } from '../../../shared/reflections';

/** "hurt (4 of 5), lonely (2 of 5)" — strongest first, as the soft start-up orders them. */
export function describeFeelings(feelings: readonly FeltFeeling[]): string {
  return [...feelings]
    .sort((x, y) => (y.intensity ?? 3) - (x.intensity ?? 3))
    .map((f) => `${f.feeling} (${f.intensity ?? 3} of 5)`)
    .join(', ');
}
