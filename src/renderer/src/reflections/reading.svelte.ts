import type { Reflection } from '../../../shared/reflections';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import type { ReflectionsSection } from './reflections.svelte';

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
      this.#section.notice = `“${this.#reflection?.title ?? 'The reflection'}” was deleted.`;
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
