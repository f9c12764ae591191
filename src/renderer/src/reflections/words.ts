import HeartHandshake from '@lucide/svelte/icons/heart-handshake';
import MessagesSquare from '@lucide/svelte/icons/messages-square';
import Sprout from '@lucide/svelte/icons/sprout';
import type { Component } from 'svelte';
import type { Partner } from '../../../shared/basics';
import type { NEEDS } from '../../../shared/feelings';
import { BARRIERS, FORGIVENESS_DECISIONS, HORSEMEN, type Antidote, type Barrier, type ForgivenessDecision, type Horseman, type ReflectionStatus, type ReflectionType } from '../../../shared/reflections';
import { BARRIER_KEYS, DECISION_KEYS, HORSEMAN_KEYS, STATUS_KEYS } from '../../../shared/i18n/keys';
import { locale, t } from '../i18n/i18n.svelte';
import { authorLabel, partnerName } from '../timeline/format';

export interface TypeInfo {
  type: ReflectionType;
  label: string;
  /** Who writes it, in a few words. */
  who: string;
  /** One or two sentences on why it helps, in Hearth's own words. */
  why: string;
  icon: Component<{ size?: number; 'aria-hidden'?: 'true' }>;
}

export const TYPES: readonly TypeInfo[] = [
  {
    type: 'conflict',
    get label() {
      return t('reflectionSteps.conflictLabel');
    },
    get who() {
      return t('reflectionSteps.conflictWho');
    },
    get why() {
      return t('reflectionSteps.conflictWhy');
    },
    icon: MessagesSquare,
  },
  {
    type: 'aftermath',
    get label() {
      return t('reflectionSteps.aftermathLabel');
    },
    get who() {
      return t('reflectionSteps.aftermathWho');
    },
    get why() {
      return t('reflectionSteps.aftermathWhy');
    },
    icon: HeartHandshake,
  },
  {
    type: 'forgiveness',
    get label() {
      return t('reflectionSteps.forgivenessLabel');
    },
    get who() {
      return t('reflectionSteps.forgivenessWho');
    },
    get why() {
      return t('reflectionSteps.forgivenessWhy');
    },
    icon: Sprout,
  },
];

export function typeInfo(type: ReflectionType): TypeInfo {
  return TYPES.find((info) => info.type === type)!;
}

export const STATUS_LABELS: Record<ReflectionStatus, string> = {
  get draft() {
    return t(STATUS_KEYS.draft);
  },
  get complete() {
    return t(STATUS_KEYS.complete);
  },
  get resolved() {
    return t(STATUS_KEYS.resolved);
  },
};

/** An aftermath side's state, as the sides list and the reflection's dates say it. */
export const SIDE_STATE_LABELS: { readonly done: string; readonly writing: string; readonly empty: string } = {
  get done() {
    return t('reflectionSteps.sideDone');
  },
  get writing() {
    return t('reflectionSteps.sideWriting');
  },
  get empty() {
    return t('reflectionSteps.sideEmpty');
  },
};

/**
 * A label as it reads in the middle of a sentence: "What helps instead: a gentle start-up". English lowers it; a
 * language that writes its nouns with a capital (German) keeps it as it is, and its message is written around that.
 */
export function midSentence(label: string): string {
  return locale().toLowerCase().startsWith('en') ? label.toLocaleLowerCase(locale()) : label;
}

/** `[value, label]`, its label read from the catalogue each time it is read, so a list of them follows the language. */
function labelled<T extends string>(value: T, label: () => string): [T, string] {
  const pair: [T, string] = [value, ''];
  Object.defineProperty(pair, 1, { get: label, enumerable: true });
  return pair;
}

/** Where I am with forgiving, in the language spoken (`DECISION_LABELS` in English, for the therapy export). */
export function decisionLabel(decision: ForgivenessDecision): string {
  return t(DECISION_KEYS[decision]);
}

export const DECISIONS: [ForgivenessDecision, string][] = FORGIVENESS_DECISIONS.map((d) => labelled(d, () => decisionLabel(d)));

export interface HorsemanInfo {
  value: Horseman;
  name: string;
  hint: string;
  /** What helps instead, and where Hearth offers a way to practise it. */
  antidote: Antidote;
}

/**
 * The Four Horsemen, each with its kind explanation and its antidote, in the language spoken. `HORSEMAN_LABELS` and
 * `HORSEMAN_ANTIDOTES` have them in English for the therapy export; the English catalogue is made from them.
 */
export const HORSEMEN_INFO: readonly HorsemanInfo[] = HORSEMEN.map((value) => {
  const key = HORSEMAN_KEYS[value];
  return {
    value,
    get name() {
      return t(`reflectionSteps.horseman${key}`);
    },
    get hint() {
      return t(`reflectionSteps.horseman${key}Hint`);
    },
    antidote: {
      get name() {
        return t(`reflectionSteps.antidote${key}`);
      },
      get how() {
        return t(`reflectionSteps.antidote${key}How`);
      },
      get practise() {
        return t(`reflectionSteps.antidote${key}Practise`);
      },
    },
  };
});

/** A barrier as a conflict reflection ticks it, in the language spoken (`BARRIER_LABELS` in English). */
export function barrierLabel(barrier: Barrier): string {
  return t(BARRIER_KEYS[barrier]);
}

export const BARRIER_INFO: [Barrier, string][] = BARRIERS.map((b) => labelled(b, () => barrierLabel(b)));

const NEED_GROUP_KEYS = {
  connection: 'reflectionSteps.needGroupConnection',
  honesty: 'reflectionSteps.needGroupHonesty',
  peace: 'reflectionSteps.needGroupPeace',
  freedom: 'reflectionSteps.needGroupFreedom',
  meaning: 'reflectionSteps.needGroupMeaning',
} as const satisfies Record<keyof typeof NEEDS, string>;

export const NEED_GROUP_LABELS: Record<string, string> = Object.defineProperties(
  {},
  Object.fromEntries(Object.entries(NEED_GROUP_KEYS).map(([group, key]) => [group, { get: () => t(key), enumerable: true }])),
);

/** Who wrote a reflection, in names. */
export function writtenBy(partners: readonly Partner[], author: 'a' | 'b' | 'both'): string {
  return authorLabel(partners, author);
}

export { partnerName };

export function otherPartner(partner: 'a' | 'b'): 'a' | 'b' {
  return partner === 'a' ? 'b' : 'a';
}
