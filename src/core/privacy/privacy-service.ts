import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivacySettings, type SystemEvent } from '../../shared/privacy';
import { DEFAULT_PRIVACY } from '../../shared/privacy-defaults';
import type { Platform } from '../platform';
import { writeFileAtomic } from '../vaults/atomic-file';

export interface PrivacyServiceOptions {
  dataDir: string;
  platform: Platform;
  /** Locks the vault (through the core's queue). */
  lock(): void;
  isUnlocked(): boolean;
  /** How often idle time is checked; tests shorten it. */
  idleCheckMs?: number;
}

type Update = Partial<PrivacySettings>;

/**
 * The guards for a shared computer that live in the core: auto-lock on idle, sleep, screen lock,
 * minimise or lost focus, and clearing Hearth's text from the clipboard. Settings are kept per
 * computer in preferences.json beside the list of vaults; they hold no words.
 */
export class PrivacyService {
  readonly #options: PrivacyServiceOptions;
  readonly #path: string;
  readonly #listeners = new Set<(settings: PrivacySettings) => void>();
  #settings: PrivacySettings;
  #idleTimer: ReturnType<typeof setInterval> | null = null;
  #clipboardTimer: ReturnType<typeof setTimeout> | null = null;
  #copiedHash: string | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(options: PrivacyServiceOptions) {
    this.#options = options;
    this.#path = join(options.dataDir, 'preferences.json');
    this.#settings = this.#read();
    this.#unsubscribe = options.platform.onSystemEvent?.((event) => this.#onSystemEvent(event)) ?? null;
  }

  get(): PrivacySettings {
    return { ...this.#settings };
  }

  set(update: Update): PrivacySettings {
    this.#settings = PrivacySettings.parse({ ...this.#settings, ...update });
    writeFileAtomic(this.#path, `${JSON.stringify(this.#settings, null, 2)}\n`);
    for (const listener of this.#listeners) listener(this.get());
    return this.get();
  }

  /** The shell applies what it owns (content protection, the quick-hide key) on every change. */
  onChange(listener: (settings: PrivacySettings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Start watching for idleness once a vault is unlocked. */
  unlocked(): void {
    this.#stopIdleWatch();
    const every = this.#options.idleCheckMs ?? 5_000;
    this.#idleTimer = setInterval(() => this.#checkIdle(), every);
    this.#idleTimer.unref?.();
  }

  /** On every lock: stop watching, and take Hearth's text off the clipboard if it is still there. */
  locked(): void {
    this.#stopIdleWatch();
    void this.#clearClipboardIfOurs();
  }

  /** The renderer copied something: remember what, and clear it later if nobody copied over it. */
  async noteCopy(): Promise<void> {
    const text = await this.#options.platform.readClipboardText?.();
    if (!text) return;
    this.#copiedHash = hash(text);
    if (this.#clipboardTimer) clearTimeout(this.#clipboardTimer);
    this.#clipboardTimer = setTimeout(() => void this.#clearClipboardIfOurs(), this.#settings.clipboardClearSeconds * 1000);
    this.#clipboardTimer.unref?.();
  }

  close(): void {
    this.#stopIdleWatch();
    this.#unsubscribe?.();
    if (this.#clipboardTimer) clearTimeout(this.#clipboardTimer);
  }

  #checkIdle(): void {
    const minutes = this.#settings.autoLockMinutes;
    const idle = this.#options.platform.idleSeconds?.();
    if (minutes === null || idle === undefined || !this.#options.isUnlocked()) return;
    if (idle >= minutes * 60) this.#options.lock();
  }

  #onSystemEvent(event: SystemEvent): void {
    if (!this.#options.isUnlocked()) return;
    const locks =
      event === 'suspend' || event === 'lock-screen' || (event === 'minimize' && this.#settings.lockOnMinimize) || (event === 'blur' && this.#settings.lockOnBlur);
    if (locks) this.#options.lock();
  }

  async #clearClipboardIfOurs(): Promise<void> {
    const ours = this.#copiedHash;
    if (!ours) return;
    this.#copiedHash = null;
    const text = await this.#options.platform.readClipboardText?.().catch(() => undefined);
    if (text !== undefined && hash(text) === ours) this.#options.platform.clearClipboard?.();
    if (this.#clipboardTimer) clearTimeout(this.#clipboardTimer);
    this.#clipboardTimer = null;
  }

  #stopIdleWatch(): void {
    if (this.#idleTimer) clearInterval(this.#idleTimer);
    this.#idleTimer = null;
  }

  #read(): PrivacySettings {
    try {
      if (existsSync(this.#path)) {
        const parsed = PrivacySettings.safeParse({ ...DEFAULT_PRIVACY, ...JSON.parse(readFileSync(this.#path, 'utf8')) });
        if (parsed.success) return parsed.data;
      }
    } catch {
      // A damaged preferences file falls back to the safe defaults.
    }
    return { ...DEFAULT_PRIVACY };
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
