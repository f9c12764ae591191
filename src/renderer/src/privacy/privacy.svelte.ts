import type { PrivacySettings, PrivacyUpdate } from '../../../shared/privacy';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { describeKeys } from '../lib/keys';

/** Build an accelerator (`CommandOrControl+Shift+H`) from a key press, or null for a lone modifier. */
export function acceleratorFrom(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac: boolean): string | null {
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key === ' ' ? 'Space' : event.key;
  if (!/^([A-Z0-9]|F([1-9]|1[0-2])|Escape|Space)$/.test(key)) return null;
  const parts: string[] = [];
  if (mac ? event.metaKey : event.ctrlKey) parts.push('CommandOrControl');
  if (mac && event.ctrlKey) parts.push('Control');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  return parts.length ? [...parts, key].join('+') : null;
}

/** Show an accelerator the way this computer's keyboard names it ("Ctrl+Shift+H", "⇧⌘H"). */
export function describeAccelerator(accelerator: string, mac: boolean): string {
  return describeKeys(accelerator, mac);
}

/** Settings › Privacy: how Hearth guards the shared computer. Each change is saved at once. */
export class PrivacyState {
  #settings = $state<PrivacySettings | null>(null);
  #error = $state<string | null>(null);
  #saved = $state<string | null>(null);
  #confirmNever = $state(false);
  #recording = $state(false);

  get settings() {
    return this.#settings;
  }
  get error() {
    return this.#error;
  }
  get saved() {
    return this.#saved;
  }
  get confirmNever() {
    return this.#confirmNever;
  }
  get recording() {
    return this.#recording;
  }

  async load(): Promise<void> {
    try {
      this.#settings = await api.privacy.get();
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  async update(change: PrivacyUpdate, said = t('privacy.saved')): Promise<void> {
    this.#error = null;
    this.#saved = null;
    try {
      this.#settings = await api.privacy.set(change);
      this.#saved = said;
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  /** Choosing "never" first asks, because an unlocked Hearth could then be read by anyone. */
  chooseAutoLock(value: string): void {
    if (value === 'never') {
      this.#confirmNever = true;
      return;
    }
    void this.update({ autoLockMinutes: Number(value) });
  }

  async confirmNoAutoLock(): Promise<void> {
    this.#confirmNever = false;
    await this.update({ autoLockMinutes: null, iUnderstandNoAutoLock: true }, t('privacy.autoLockOff'));
  }

  cancelNever(): void {
    this.#confirmNever = false;
  }

  startRecording(): void {
    this.#recording = true;
    this.#saved = null;
  }

  stopRecording(): void {
    this.#recording = false;
  }

  async record(event: KeyboardEvent, mac: boolean): Promise<void> {
    if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
      this.stopRecording();
      return;
    }
    const accelerator = acceleratorFrom(event, mac);
    if (!accelerator) return;
    event.preventDefault();
    this.#recording = false;
    await this.update({ quickHideShortcut: accelerator }, t('privacy.quickHideNow', { keys: describeAccelerator(accelerator, mac) }));
  }
}
