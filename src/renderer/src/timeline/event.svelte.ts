import type { EventVersion, TimelineEvent } from '../../../shared/timeline';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import type { TimelineSection } from './timeline.svelte';

/** One entry as its page shows it: its links, its earlier versions (one of them open to view), and the Trash. */
export class OpenEvent {
  readonly id: string;
  readonly #section: TimelineSection;
  #event = $state.raw<TimelineEvent | null>(null);
  #failure = $state<string | null>(null);
  /** Null until asked for. */
  #history = $state.raw<EventVersion[] | null>(null);
  #viewing = $state.raw<EventVersion | null>(null);

  constructor(id: string, section: TimelineSection) {
    this.id = id;
    this.#section = section;
  }

  get event() {
    return this.#event;
  }
  get failure() {
    return this.#failure;
  }
  get history() {
    return this.#history;
  }
  /** The earlier version open in its dialog. */
  get viewing() {
    return this.#viewing;
  }

  async load(): Promise<void> {
    await this.#try(async () => {
      this.#event = await api.timeline.get({ id: this.id });
      this.#failure = null;
    });
  }

  async showHistory(): Promise<void> {
    await this.#try(async () => {
      this.#history = await api.timeline.history({ id: this.id });
    });
  }

  view(version: EventVersion | null): void {
    this.#viewing = version;
  }

  /** Save an earlier version's text as the newest; what is there now stays in the history. */
  async restoreVersion(version: EventVersion): Promise<void> {
    const event = this.#event;
    if (!event) return;
    try {
      this.#event = await api.timeline.restoreVersion({ id: this.id, version: version.version, expectedVersion: event.version });
      this.#viewing = null;
      this.#section.changed();
      await this.showHistory();
    } catch (error) {
      this.#failure = describeError(error);
      this.#viewing = null;
    }
  }

  /** Into the Trash, back to the list, with a way to undo it there. */
  async moveToTrash(): Promise<void> {
    const title = this.#event?.title;
    await this.#try(async () => {
      await api.timeline.remove({ id: this.id });
      this.#section.changed();
      this.#section.notice = {
        text: title ? t('timeline.inTrash', { title }) : t('timeline.inTrashUntitled'),
        undo: async () => {
          await api.timeline.restore({ id: this.id });
        },
      };
      this.#section.showList();
    });
  }

  async link(to: string): Promise<void> {
    await this.#try(async () => {
      await api.timeline.link({ from: this.id, to });
      await this.load();
    });
  }

  async unlink(to: string): Promise<void> {
    await this.#try(async () => {
      await api.timeline.unlink({ from: this.id, to });
      await this.load();
    });
  }

  /** What goes wrong is said on the page. */
  async #try(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#failure = describeError(error);
    }
  }
}
