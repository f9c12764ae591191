/**
 * Everything the core needs from the desktop comes through here, so tests hand the core a fake
 * and the Electron shell hands it the real one (src/main/platform.ts).
 */
import type { SystemEvent } from '../shared/privacy';

export interface SaveFileOptions {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface OpenFileOptions {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

export interface Platform {
  /** Ask the user for a folder; null when they cancel. */
  chooseFolder(title: string): Promise<string | null>;
  /** Ask the user where to save a file; null when they cancel. */
  chooseSavePath(options: SaveFileOptions): Promise<string | null>;
  /** Ask the user for one existing file to open (an import); null when they cancel. Absent where no dialog exists (the benchmark). */
  chooseOpenFile?(options: OpenFileOptions): Promise<string | null>;
  /** Seconds since the last keyboard or mouse input on the whole system (for auto-lock). */
  idleSeconds?(): number;
  /** Moments that may lock the vault (sleep, screen lock, minimise, focus lost); returns unsubscribe. */
  onSystemEvent?(listener: (event: SystemEvent) => void): () => void;
  readClipboardText?(): Promise<string>;
  /** Show a system notification; the core only ever passes generic words (checkins/reminder.ts). */
  notify?(title: string, body: string): void;
  clearClipboard?(): void;
  /** The system's languages, in the person's order (BCP 47 tags): what Hearth speaks when none is chosen. */
  systemLanguages?(): readonly string[];
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
