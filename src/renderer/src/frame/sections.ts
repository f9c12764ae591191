import ChartLine from '@lucide/svelte/icons/chart-line';
import FileOutput from '@lucide/svelte/icons/file-output';
import House from '@lucide/svelte/icons/house';
import MessageCircleHeart from '@lucide/svelte/icons/message-circle-heart';
import NotebookPen from '@lucide/svelte/icons/notebook-pen';
import Settings from '@lucide/svelte/icons/settings';
import Sparkles from '@lucide/svelte/icons/sparkles';
import CalendarHeart from '@lucide/svelte/icons/calendar-heart';
import type { Component } from 'svelte';

export type SectionId = 'home' | 'timeline' | 'reflections' | 'checkins' | 'exercises' | 'insights' | 'therapyExport' | 'settings' | 'safety';

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
  { id: 'checkins', label: 'Check-ins', icon: MessageCircleHeart },
  { id: 'exercises', label: 'Exercises', icon: Sparkles },
  { id: 'insights', label: 'Insights', icon: ChartLine },
  { id: 'therapyExport', label: 'Export', icon: FileOutput },
  { id: 'settings', label: 'Settings', icon: Settings },
];
