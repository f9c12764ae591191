import ChartLine from '@lucide/svelte/icons/chart-line';
import FileOutput from '@lucide/svelte/icons/file-output';
import House from '@lucide/svelte/icons/house';
import MessageCircleHeart from '@lucide/svelte/icons/message-circle-heart';
import NotebookPen from '@lucide/svelte/icons/notebook-pen';
import Settings from '@lucide/svelte/icons/settings';
import Sparkles from '@lucide/svelte/icons/sparkles';
import CalendarHeart from '@lucide/svelte/icons/calendar-heart';
import type { Component } from 'svelte';

export type SectionId = 'home' | 'timeline' | 'reflections' | 'checkins' | 'exercises' | 'insights' | 'export' | 'settings' | 'safety';

export interface Section {
  id: SectionId;
  label: string;
  icon: Component<{ size?: number; 'aria-hidden'?: 'true' }>;
  /** For sections still to come: what will appear here, honestly and briefly. */
  empty?: string[];
}

export const NAV: readonly Section[] = [
  { id: 'home', label: 'Home', icon: House },
  { id: 'timeline', label: 'Timeline', icon: CalendarHeart },
  { id: 'reflections', label: 'Reflections', icon: NotebookPen },
  {
    id: 'checkins',
    label: 'Check-ins',
    icon: MessageCircleHeart,
    empty: [
      'Check-ins are short, regular moments to ask how you are both doing. Your past check-ins will gather here.',
      'This part of Hearth is still being built.',
    ],
  },
  {
    id: 'exercises',
    label: 'Exercises',
    icon: Sparkles,
    empty: [
      'Gentle exercises to try together will be here, each with a sentence or two on why it helps.',
      'This part of Hearth is still being built.',
    ],
  },
  {
    id: 'insights',
    label: 'Insights',
    icon: ChartLine,
    empty: [
      'Once you have a few check-ins, Insights will show how things have felt over time — for the two of you, never as a score.',
      'This part of Hearth is still being built.',
    ],
  },
  {
    id: 'export',
    label: 'Export',
    icon: FileOutput,
    empty: [
      'Here you will be able to choose reflections to bring to a therapist or counsellor, and save them as a file only you decide where to keep.',
      'This part of Hearth is still being built.',
    ],
  },
  { id: 'settings', label: 'Settings', icon: Settings },
];
