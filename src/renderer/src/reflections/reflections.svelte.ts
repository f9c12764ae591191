import type { z } from 'zod';
import type { PartnerId } from '../../../shared/basics';
import type { ReflectionCursor, ReflectionFilter, ReflectionStatus, ReflectionSummary, ReflectionType } from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { PagedList, type Page } from '../lib/paged.svelte';
import type { SoloType } from './editors.svelte';

type Cursor = z.infer<typeof ReflectionCursor>;

export const PAGE_SIZE = 30;

/** The list's filters as the form shows them: '' means any. */
export interface ListFilters {
  type: ReflectionType | '';
  partner: PartnerId | '';
  status: ReflectionStatus | '';
  from: string;
  to: string;
}

export function noFilters(): ListFilters {
  return { type: '', partner: '', status: '', from: '', to: '' };
}

export function toFilter(f: ListFilters): ReflectionFilter {
  return {
    ...(f.type ? { types: [f.type] } : {}),
    ...(f.partner ? { partner: f.partner } : {}),
    ...(f.status ? { statuses: [f.status] } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}

/** Reflections, most recently changed first, read a page at a time. */
export class ReflectionList extends PagedList<ReflectionSummary, Cursor> {
  filters = $state<ListFilters>(noFilters());

  get filtered(): boolean {
    const f = this.filters;
    return Boolean(f.type || f.partner || f.status || f.from || f.to);
  }
  /** The "from" day comes after the "to" day: nothing could match, so say so instead of asking. */
  get problem(): string | null {
    const { from, to } = this.filters;
    return from && to && from > to ? t('reflections.filterProblem') : null;
  }

  override async reload(): Promise<void> {
    const generation = this.restart();
    if (this.problem) {
      this.items = [];
      this.loaded = true;
      return;
    }
    await this.load(null, generation);
  }

  clearFilters(): void {
    this.filters = noFilters();
    void this.reload();
  }

  protected page(after: Cursor | null): Promise<Page<ReflectionSummary, Cursor>> {
    return api.reflections.list({ after, limit: PAGE_SIZE, filter: toFilter(this.filters) });
  }
}

export type ReflectionsView =
  | { name: 'list' }
  | { name: 'choose' }
  | { name: 'write'; type: SoloType; id: string | null; step?: number; checkinId?: string }
  | { name: 'begin-aftermath'; checkinId?: string }
  | { name: 'side'; id: string; partner: PartnerId }
  | { name: 'read'; id: string };

/** The Reflections section: which view shows, and the list kept while a reflection is open. */
export class ReflectionsSection {
  readonly list = new ReflectionList();
  view = $state<ReflectionsView>({ name: 'list' });
  /** A short message shown once on the list, e.g. after a reflection was deleted. */
  notice = $state<string | null>(null);

  showList(): void {
    this.view = { name: 'list' };
  }
  choose(): void {
    this.view = { name: 'choose' };
  }
  start(type: ReflectionType): void {
    this.view = type === 'aftermath' ? { name: 'begin-aftermath' } : { name: 'write', type, id: null };
  }
  /** A new conflict reflection or aftermath, begun from a check-in and linked to it. */
  startFromCheckIn(type: 'conflict' | 'aftermath', checkinId: string): void {
    this.view = type === 'aftermath' ? { name: 'begin-aftermath', checkinId } : { name: 'write', type, id: null, checkinId };
  }
  edit(type: SoloType, id: string, step = 0): void {
    this.view = { name: 'write', type, id, step };
  }
  writeSide(id: string, partner: PartnerId): void {
    this.view = { name: 'side', id, partner };
  }
  open(id: string): void {
    this.view = { name: 'read', id };
  }

  /** A draft's key names what it belongs to: `reflection:new-<type>`, `reflection:<id>` or `reflection:<id>-a|b`. */
  async continueDraft(key: string): Promise<void> {
    const rest = key.slice('reflection:'.length);
    if (rest === 'new-conflict' || rest === 'new-forgiveness') {
      this.view = { name: 'write', type: rest.slice(4) as SoloType, id: null };
      return;
    }
    if (rest === 'new-aftermath') {
      this.view = { name: 'begin-aftermath' };
      return;
    }
    const side = /^(.*)-([ab])$/.exec(rest);
    if (side) {
      this.writeSide(side[1]!, side[2] as PartnerId);
      return;
    }
    try {
      const reflection = await api.reflections.get({ id: rest });
      if (reflection.type !== 'aftermath') this.edit(reflection.type, rest);
      else this.open(rest);
    } catch {
      this.showList();
    }
  }
}
