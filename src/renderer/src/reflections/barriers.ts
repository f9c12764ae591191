import { BARRIERS, type Barrier } from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';

/** One of the guide's barriers to closeness, in Hearth's words, with one small thing to try. */
export interface BarrierGuide {
  value: Barrier;
  /** The guide's own name for it. */
  title: string;
  /** One or two sentences on what it is and why it gets in the way. */
  about: string;
  /** One small thing to try. */
  tryThis: string;
}

const GUIDE_KEYS = {
  fear_of_vulnerability: 'FearOfVulnerability',
  communication_skills: 'CommunicationSkills',
  past_wounds: 'PastWounds',
  expectations: 'Expectations',
  time_and_effort: 'TimeAndEffort',
  communication_styles: 'CommunicationStyles',
} as const satisfies Record<Barrier, string>;

/** The six barriers in the order the conflict reflection lists them, their words read in the language spoken. */
export const BARRIER_GUIDES: readonly BarrierGuide[] = BARRIERS.map((value) => {
  const key = GUIDE_KEYS[value];
  return {
    value,
    get title() {
      return t(`reflectionSteps.guide${key}`);
    },
    get about() {
      return t(`reflectionSteps.guide${key}About`);
    },
    get tryThis() {
      return t(`reflectionSteps.guide${key}Try`);
    },
  };
});
