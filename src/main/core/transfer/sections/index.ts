import type { ExportSection } from '../section';
import { drafts } from './drafts';
import { partners } from './partners';
import { settings } from './settings';
import { timeline, timelineLinks } from './timeline';

/**
 * Every kind the full export holds, in import order (links after the events they join). A new kind of content
 * adds one file here and one line below; the file format stays version 1, since sections only ever get added.
 */
export const SECTIONS: readonly ExportSection<unknown>[] = [partners, settings, timeline, timelineLinks, drafts];
