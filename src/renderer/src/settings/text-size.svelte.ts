import type { TextSize } from '../../../shared/privacy';
import { DEFAULT_PRIVACY } from '../../../shared/privacy-defaults';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';

/**
 * Each size as a share of the system's own text size. It is the root font size, and the whole layout is in rem, so
 * everything scales with it: spacing, widths and the charts' lettering as well as the words.
 */
export const TEXT_SCALE: Record<TextSize, string> = { small: '87.5%', default: '100%', large: '112.5%', larger: '125%' };

/** Each size's name in the language spoken (getters, so they follow a change of language). */
export const TEXT_SIZE_LABELS: Readonly<Record<TextSize, string>> = {
  get small() { return t('textSize.small'); },
  get default() { return t('textSize.default'); },
  get large() { return t('textSize.large'); },
  get larger() { return t('textSize.larger'); },
};

/** What is said once a size is kept: one message per size, so a language can inflect the size's word. */
const SAVED = { small: 'textSize.savedSmall', default: 'textSize.savedDefault', large: 'textSize.savedLarge', larger: 'textSize.savedLarger' } as const;

/** Size the whole interface: the root element's font size. */
export function applyTextSize(size: TextSize, root: HTMLElement = document.documentElement): void {
  if (size === 'default') root.style.removeProperty('font-size');
  else root.style.fontSize = TEXT_SCALE[size];
  root.dataset.textSize = size;
}

/**
 * Settings › Text size. A per-computer preference kept beside the privacy settings in preferences.json (it holds no
 * words), so it is read before any vault is unlocked and the unlock screen is already the chosen size.
 */
export class TextSizeState {
  #size = $state<TextSize>(DEFAULT_PRIVACY.textSize);
  #error = $state<string | null>(null);
  #saved = $state<string | null>(null);

  get size() {
    return this.#size;
  }
  get error() {
    return this.#error;
  }
  get saved() {
    return this.#saved;
  }

  /** Read the kept size and apply it; if it cannot be read, the system's size stays. */
  async load(): Promise<void> {
    try {
      this.#show((await api.privacy.get()).textSize);
    } catch {
      this.#show(DEFAULT_PRIVACY.textSize);
    }
  }

  /** Apply a size at once and keep it; if it cannot be kept, go back and say so. */
  async choose(size: TextSize): Promise<void> {
    const before = this.#size;
    this.#error = null;
    this.#saved = null;
    this.#show(size);
    try {
      this.#show((await api.privacy.set({ textSize: size })).textSize);
      this.#saved = t(SAVED[size]);
    } catch (error) {
      this.#show(before);
      this.#error = describeError(error);
    }
  }

  #show(size: TextSize): void {
    this.#size = size;
    applyTextSize(size);
  }
}

/** The window's one text size: App reads it at start, Settings changes it. */
export const textSize = new TextSizeState();
