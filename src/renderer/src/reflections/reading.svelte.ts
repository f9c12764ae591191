import type { PartnerId } from '../../../shared/basics';
import type { AftermathSide, Reflection } from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import type { ReflectionsSection } from './reflections.svelte';

/** Where an aftermath side stands: done, begun and saved but not done, or not begun. */
export type SideState = 'done' | 'writing' | 'empty';

export function sideState(side: AftermathSide): SideState {
  return side.done ? 'done' : side.updatedAt ? 'writing' : 'empty';
}

/**
 * When a reflection was begun, completed and resolved (a reopened one is neither until it is again) and, for an
 * aftermath, when each side was last saved. The time a side was marked done is not kept: its last save is.
 */
export interface ReflectionDates {
  begun: string;
  completed: string | null;
  resolved: string | null;
  sides: { partner: PartnerId; state: SideState; savedAt: string | null }[];
}

export function datesOf(reflection: Reflection): ReflectionDates {
  const sides = reflection.type === 'aftermath' ? (['a', 'b'] as const).map((p) => ({ partner: p, state: sideState(reflection.sides[p]), savedAt: reflection.sides[p].updatedAt })) : [];
  return { begun: reflection.createdAt, completed: reflection.completedAt, resolved: reflection.resolvedAt, sides };
}

/** One reflection as its page shows it: its status, the moments it is linked to, and deleting it. */
export class OpenReflection {
  readonly id: string;
  readonly #section: ReflectionsSection;
  #reflection = $state.raw<Reflection | null>(null);
  #failure = $state<string | null>(null);
  #busy = $state(false);

  constructor(id: string, section: ReflectionsSection) {
    this.id = id;
    this.#section = section;
  }

  get reflection() {
    return this.#reflection;
  }
  get failure() {
    return this.#failure;
  }
  get busy() {
    return this.#busy;
  }
  get dates(): ReflectionDates | null {
    return this.#reflection ? datesOf(this.#reflection) : null;
  }

  async load(): Promise<void> {
    try {
      this.#reflection = await api.reflections.get({ id: this.id });
    } catch (error) {
      this.#failure = describeError(error);
    }
  }

  /** Changed from a part of the page (a forgiveness check-back). */
  changed(reflection: Reflection): void {
    this.#reflection = reflection;
  }

  complete(): Promise<void> {
    return this.#run(() => api.reflections.complete({ id: this.id }));
  }
  reopen(): Promise<void> {
    return this.#run(() => api.reflections.reopen({ id: this.id }));
  }
  unlink(): Promise<void> {
    return this.#run(() => api.reflections.linkEvent({ id: this.id, eventId: null }));
  }
  setForTherapy(forTherapy: boolean): Promise<void> {
    return this.#run(() => api.reflections.setForTherapy({ id: this.id, forTherapy }));
  }
  resolveWithoutLink(): Promise<void> {
    return this.#run(() => api.reflections.resolve({ id: this.id, repairEventId: null }));
  }

  /** Link the moment it is about; throws for the picker to say what went wrong. */
  async link(eventId: string): Promise<void> {
    this.#reflection = await api.reflections.linkEvent({ id: this.id, eventId });
  }

  /** Resolved by a repair on the timeline; throws for the picker to say what went wrong. */
  async resolve(repairEventId: string): Promise<void> {
    this.#reflection = await api.reflections.resolve({ id: this.id, repairEventId });
  }

  /** Delete it for good and go back to the list, which says so. */
  async remove(): Promise<void> {
    try {
      await api.reflections.remove({ id: this.id });
      const title = this.#reflection?.title;
      this.#section.notice = title ? t('reflections.deleted', { title }) : t('reflections.deletedUntitled');
      this.#section.showList();
    } catch (error) {
      this.#failure = describeError(error);
    }
  }

  async #run(call: () => Promise<Reflection>): Promise<void> {
    this.#busy = true;
    this.#failure = null;
    try {
      this.#reflection = await call();
    } catch (error) {
      this.#failure = describeError(error);
    } finally {
      this.#busy = false;
    }
  }
}
