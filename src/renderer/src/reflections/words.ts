import HeartHandshake from '@lucide/svelte/icons/heart-handshake';
import MessagesSquare from '@lucide/svelte/icons/messages-square';
import Sprout from '@lucide/svelte/icons/sprout';
import type { Component } from 'svelte';
import type { Partner } from '../../../shared/basics';
import { BARRIER_LABELS, DECISION_LABELS, HORSEMAN_ANTIDOTES, HORSEMAN_LABELS, type Antidote, type Barrier, type ForgivenessDecision, type Horseman, type ReflectionStatus, type ReflectionType } from '../../../shared/reflections';
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
    label: 'Conflict reflection',
    who: 'One of you, about one moment',
    why: 'Slowing a hard moment down — what happened, what you felt and what you needed — helps you go back to your partner with a gentle start instead of a blame.',
    icon: MessagesSquare,
  },
  {
    type: 'aftermath',
    label: 'After a hard moment',
    who: 'Both of you, each your own side',
    why: 'Once you are both calm, each writes how it was for them. Reading both sides together helps you understand each other without deciding who was right.',
    icon: HeartHandshake,
  },
  {
    type: 'forgiveness',
    label: 'Forgiveness reflection',
    who: 'One of you, over days or weeks',
    why: 'Forgiving is something you do at your own pace, for yourself. Coming back to it now and then lets you notice how it changes.',
    icon: Sprout,
  },
];

export function typeInfo(type: ReflectionType): TypeInfo {
  return TYPES.find((t) => t.type === type)!;
}

export const STATUS_LABELS: Record<ReflectionStatus, string> = {
  draft: 'In progress',
  complete: 'Complete',
  resolved: 'Resolved',
};

/** An aftermath side's state, as the sides list and the reflection's dates say it. */
export const SIDE_STATE_LABELS = { done: 'Done', writing: 'Still being written', empty: 'Not started yet' } as const;

export const DECISIONS = Object.entries(DECISION_LABELS) as [ForgivenessDecision, string][];

/** "Criticism — a complaint that…" split into its name and its kind explanation. */
function split(label: string): { name: string; hint: string } {
  const [name = label, hint = ''] = label.split(' — ');
  return { name, hint };
}

export interface HorsemanInfo {
  value: Horseman;
  name: string;
  hint: string;
  /** What helps instead, and where Hearth offers a way to practise it. */
  antidote: Antidote;
}

export const HORSEMEN_INFO: readonly HorsemanInfo[] = (Object.entries(HORSEMAN_LABELS) as [Horseman, string][]).map(([value, label]) => ({
  value,
  ...split(label),
  antidote: HORSEMAN_ANTIDOTES[value],
}));
export const BARRIER_INFO = Object.entries(BARRIER_LABELS) as [Barrier, string][];

export const NEED_GROUP_LABELS: Record<string, string> = {
  connection: 'Connection',
  honesty: 'Honesty',
  peace: 'Peace',
  freedom: 'Freedom',
  meaning: 'Meaning',
};

/** Who wrote a reflection, in names. */
export function writtenBy(partners: readonly Partner[], author: 'a' | 'b' | 'both'): string {
  return authorLabel(partners, author);
}

export { partnerName };

export function otherPartner(partner: 'a' | 'b'): 'a' | 'b' {
  return partner === 'a' ? 'b' : 'a';
}
