import type { PartnerId } from './basics';
import type { AftermathReflection } from './reflections';

/**
 * What one partner may read of the other's aftermath side before both sides are done: nothing, unless the other chose
 * to show their account of step 2 (`showMyReality`), as a couple does sitting together — then those words alone, so
 * the reader can say back what they heard ("What I heard you say is… Is there more?") before writing their own.
 * Nothing else of an unfinished side is shown; search, the therapy export and the insights still wait until both
 * sides are done (reflection-search.ts, therapyExport/kinds/aftermath.ts, insights/patterns.ts).
 */
export function accountShownTo(reflection: Pick<AftermathReflection, 'sides'>, reader: PartnerId): string | null {
  const other = reflection.sides[reader === 'a' ? 'b' : 'a'].answers;
  return other.showMyReality && other.myReality.trim() ? other.myReality : null;
}
