import BookHeart from '@lucide/svelte/icons/book-heart';
import Bookmark from '@lucide/svelte/icons/bookmark';
import CloudRain from '@lucide/svelte/icons/cloud-rain';
import Coffee from '@lucide/svelte/icons/coffee';
import Flag from '@lucide/svelte/icons/flag';
import HandHeart from '@lucide/svelte/icons/hand-heart';
import HeartHandshake from '@lucide/svelte/icons/heart-handshake';
import type { Component } from 'svelte';
import { EVENT_KINDS, type EventKind } from '../../../shared/timeline';
import { t } from '../i18n/i18n.svelte';
import './timeline.css';

export interface KindInfo {
  kind: EventKind;
  /** In the language spoken (a getter over the catalogue, so it follows a change of language). */
  readonly label: string;
  icon: Component<{ size?: number; 'aria-hidden'?: 'true' }>;
}

/** Each kind's label in the catalogue; the core's therapy export prints the same words in English. */
const INFO = {
  milestone: { key: 'timeline.kindMilestone', icon: Flag },
  memory: { key: 'timeline.kindMemory', icon: BookHeart },
  quality_time: { key: 'timeline.kindQualityTime', icon: Coffee },
  appreciation: { key: 'timeline.kindAppreciation', icon: HandHeart },
  hard_moment: { key: 'timeline.kindHardMoment', icon: CloudRain },
  repair: { key: 'timeline.kindRepair', icon: HeartHandshake },
  other: { key: 'timeline.kindOther', icon: Bookmark },
} as const satisfies Record<EventKind, { key: string; icon: KindInfo['icon'] }>;

export const KINDS: readonly KindInfo[] = EVENT_KINDS.map((kind) => {
  const { key, icon } = INFO[kind];
  return {
    kind,
    icon,
    get label() {
      return t(key);
    },
  };
});
const BY_KIND = new Map(KINDS.map((info) => [info.kind, info]));

export function kindInfo(kind: EventKind): KindInfo {
  return BY_KIND.get(kind)!;
}

/**
 * The class that gives an element its kind's colours (the custom properties `--kind-ink` and `--kind-soft`, in
 * timeline.css): a class, not an inline style, so a timeline row put in the page while scrolling has one effect less.
 */
export function kindClass(kind: EventKind): string {
  return `kind-${kind}`;
}
