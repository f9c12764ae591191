import type { ForgivenessToward } from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';
import type en from '../../../shared/i18n/catalogues/reflectionSteps/en';

/** One screen of a guided form: its heading and, where it helps, a sentence or two of guidance. */
export interface Step {
  id: string;
  title: string;
  help?: string;
}

/** The catalogue's name for a step, without "Title"/"Help": `conflictBegin` is `conflictBeginTitle` and `conflictBeginHelp`. */
type Messages = typeof en;
type StepKey = { [K in keyof Messages]: K extends `${infer Base}Title` ? (`${Base}Help` extends keyof Messages ? Base : never) : never }[keyof Messages];

/** A step whose heading and guidance are read from the catalogue each time they are shown, so they follow the language. */
function step(id: string, key: StepKey): Step {
  return {
    id,
    get title() {
      return t(`reflectionSteps.${key}Title`);
    },
    get help() {
      return t(`reflectionSteps.${key}Help`);
    },
  };
}

export const CONFLICT_STEPS: readonly Step[] = [
  step('begin', 'conflictBegin'),
  step('observation', 'conflictObservation'),
  step('feelings', 'conflictFeelings'),
  step('needs', 'conflictNeeds'),
  step('story', 'conflictStory'),
  step('storyCheck', 'conflictStoryCheck'),
  step('myPart', 'conflictMyPart'),
  step('horsemen', 'conflictHorsemen'),
  step('barriers', 'conflictBarriers'),
  step('softStartup', 'conflictSoftStartup'),
  step('request', 'conflictRequest'),
  step('compromise', 'conflictCompromise'),
];

/**
 * REACH, one screen per letter and two of Hearth's between them: recall the hurt, empathise, the altruistic gift (a time
 * I was forgiven), what forgiving would mean and where I am, commit, hold on. Forgiving myself, the same steps look at
 * what I did, and one more asks how I can make it right.
 */
export function forgivenessSteps(toward: ForgivenessToward): readonly Step[] {
  const self = toward === 'myself';
  return [
    step('begin', 'forgivenessBegin'),
    step('hurt', self ? 'forgivenessHurtSelf' : 'forgivenessHurt'),
    step('otherSide', self ? 'forgivenessOtherSideSelf' : 'forgivenessOtherSide'),
    ...(self ? [step('amends', 'forgivenessAmends')] : []),
    step('gift', 'forgivenessGift'),
    step('meaning', 'forgivenessMeaning'),
    step('decision', 'forgivenessDecision'),
    step('commit', 'forgivenessCommit'),
    step('holdOn', 'forgivenessHoldOn'),
  ];
}

/** Gottman's five steps, one screen each; the title is set before a partner starts their side. */
export const AFTERMATH_STEPS: readonly Step[] = [
  step('feelings', 'aftermathFeelings'),
  step('realities', 'aftermathRealities'),
  step('triggers', 'aftermathTriggers'),
  step('responsibility', 'aftermathResponsibility'),
  step('plans', 'aftermathPlans'),
];

/** The first step of the conflict form that shows the softened start-up: it is only saved once seen. */
export const SOFT_STARTUP_STEP = CONFLICT_STEPS.findIndex((s) => s.id === 'softStartup');
