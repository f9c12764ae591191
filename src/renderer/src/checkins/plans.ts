import type { FollowUp } from '../../../shared/checkins';
import { t } from '../i18n/i18n.svelte';

/** Whose plan and where it was made, as the check-in names it: "Sam’s request, from “Phones at dinner”". */
const OF = { conflict: 'checkins.planConflict', aftermath: 'checkins.planAftermath', forgiveness: 'checkins.planForgiveness' } as const satisfies Record<
  FollowUp['reflectionType'],
  string
>;

export function planSource(f: FollowUp, name: string): string {
  return t(OF[f.reflectionType], { name, title: f.title });
}
