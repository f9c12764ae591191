import ChartLine from '@lucide/svelte/icons/chart-line';
import FileOutput from '@lucide/svelte/icons/file-output';
import House from '@lucide/svelte/icons/house';
import MessageCircleHeart from '@lucide/svelte/icons/message-circle-heart';
import NotebookPen from '@lucide/svelte/icons/notebook-pen';
import Settings from '@lucide/svelte/icons/settings';
import Sparkles from '@lucide/svelte/icons/sparkles';
import CalendarHeart from '@lucide/svelte/icons/calendar-heart';
import type { Component } from 'svelte';
import { t } from '../i18n/i18n.svelte';

export type SectionId = 'home' | 'timeline' | 'reflections' | 'checkins' | 'exercises' | 'insights' | 'therapyExport' | 'settings' | 'safety';

export interface Section {
  id: SectionId;
  /** In the language spoken (a getter over the catalogue, so it follows a change of language). */
  readonly label: string;
  icon: Component<{ size?: number; 'aria-hidden'?: 'true' }>;
  /** For sections still to come: what will appear here, honestly and briefly. */
  empty?: string[];
}

export const NAV: readonly Section[] = [
  { id: 'home', get label() { return t('nav.home'); }, icon: House },
  { id: 'timeline', get label() { return t('nav.timeline'); }, icon: CalendarHeart },
  { id: 'reflections', get label() { return t('nav.reflections'); }, icon: NotebookPen },
  { id: 'checkins', get label() { return t('nav.checkins'); }, icon: MessageCircleHeart },
  { id: 'exercises', get label() { return t('nav.exercises'); }, icon: Sparkles },
  { id: 'insights', get label() { return t('nav.insights'); }, icon: ChartLine },
  { id: 'therapyExport', get label() { return t('nav.therapyExport'); }, icon: FileOutput },
  { id: 'settings', get label() { return t('nav.settings'); }, icon: Settings },
];
