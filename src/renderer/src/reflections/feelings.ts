import type { Feeling, Need } from '../../../shared/feelings';
import type { FeltFeeling } from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';

/** A feeling word of `FEELINGS` (the value kept in the vault) in the language spoken: "hurt", "verletzt". */
export function feelingWord(feeling: Feeling): string {
  return t(`reflectionSteps.feeling_${feeling}`);
}

/** A need word of `NEEDS` (the value kept in the vault) in the language spoken: "closeness", "Nähe". */
export function needWord(need: Need): string {
  return t(`reflectionSteps.need_${need}`);
}

/** "hurt (4 of 5), lonely (2 of 5)" — strongest first, as the soft start-up orders them. */
export function describeFeelings(feelings: readonly FeltFeeling[]): string {
  return [...feelings]
    .sort((x, y) => (y.intensity ?? 3) - (x.intensity ?? 3))
    .map((f) => t('reflectionSteps.feltAt', { feeling: feelingWord(f.feeling), value: f.intensity ?? 3 }))
    .join(', ');
}
