import type { ExportSection } from '../section';
import { appreciations } from './appreciations';
import { checkinFollowUps } from './checkin-follow-ups';
import { checkins } from './checkins';
import { drafts } from './drafts';
import { journalEntries, journalPrompts } from './journal';
import { loveLanguageActions, loveLanguages } from './love-languages';
import { partners } from './partners';
import { reflections } from './reflections';
import { settings } from './settings';
import { timeline, timelineLinks } from './timeline';

/**
 * Every kind the full export holds, in import order: settings (the check-in cadence, whose time zone dates a
 * merged completion) before check-ins; timeline events before the links and reflections that point at them;
 * appreciation sessions before the check-ins they opened; check-ins before the reflections begun from them, and both
 * before the check-ins' follow-ups of plans made in reflections; journal prompts before the entries that answer them.
 * A new kind of content adds one file here and one line below; the file format stays version 1, since sections
 * only ever get added.
 */
export const SECTIONS: readonly ExportSection<unknown>[] = [
  partners,
  settings,
  timeline,
  timelineLinks,
  appreciations,
  checkins,
  reflections,
  checkinFollowUps,
  journalPrompts,
  journalEntries,
  loveLanguages,
  loveLanguageActions,
  drafts,
];
