import BookHeart from '@lucide/svelte/icons/book-heart';
import Bookmark from '@lucide/svelte/icons/bookmark';
import CloudRain from '@lucide/svelte/icons/cloud-rain';
import Coffee from '@lucide/svelte/icons/coffee';
import Flag from '@lucide/svelte/icons/flag';
import HandHeart from '@lucide/svelte/icons/hand-heart';
import HeartHandshake from '@lucide/svelte/icons/heart-handshake';
import type { Component } from 'svelte';
import { EVENT_KINDS, type EventKind } from '../../../shared/timeline';
import './timeline.css';

export interface KindInfo {
  kind: EventKind;
  label: string;
  icon: Component<{ size?: number; 'aria-hidden'?: 'true' }>;
}

const INFO: Record<EventKind, Omit<KindInfo, 'kind'>> = {
  milestone: { label: 'Milestone', icon: Flag },
  memory: { label: 'Memory', icon: BookHeart },
  quality_time: { label: 'Quality time', icon: Coffee },
  appreciation: { label: 'Appreciation', icon: HandHeart },
  hard_moment: { label: 'Hard moment', icon: CloudRain },
  repair: { label: 'Repair', icon: HeartHandshake },
  other: { label: 'Other', icon: Bookmark },
};

export const KINDS: readonly KindInfo[] = EVENT_KINDS.map((kind) => ({ kind, ...INFO[kind] }));
const BY_KIND = new Map(KINDS.map((info) => [info.kind, info]));

export function kindInfo(kind: EventKind): KindInfo {
  return BY_KIND.get(kind)!;
}

/** Inline custom properties that give an element its kind's colours (see timeline.css). */
export function kindStyle(kind: EventKind): string {
  return `--kind-ink: var(--kind-${kind}); --kind-soft: var(--kind-${kind}-soft);`;
}
