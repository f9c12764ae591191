import { t } from '../i18n/i18n.svelte';

/**
 * Starting points offered on first use; each opens the editor with its title, nothing is saved until the couple saves.
 * They assume no marriage, gender or household: each is a moment many couples have, in words any couple could use.
 * In the language spoken when asked for: once saved, a title is the couple's own words and stays as it is.
 */
export function suggestedMilestones(): string[] {
  return [
    t('timeline.milestoneFirstMet'),
    t('timeline.milestoneFirstDate'),
    t('timeline.milestoneFamilies'),
    t('timeline.milestoneMovingIn'),
    t('timeline.milestoneCommitment'),
    t('timeline.milestoneAnniversary'),
  ];
}
