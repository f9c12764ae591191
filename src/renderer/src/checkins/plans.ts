import type { FollowUp } from '../../../shared/checkins';

/** Whose plan and where it was made, as the check-in names it: "Sam’s request, from “Phones at dinner”". */
const OF: Record<FollowUp['reflectionType'], string> = { conflict: 'request', aftermath: 'plan for next time', forgiveness: 'commitment' };

export function planSource(f: FollowUp, name: string): string {
  return `${name}’s ${OF[f.reflectionType]}, from “${f.title}”`;
}
