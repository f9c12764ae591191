/**
 * Everything the core needs from the desktop comes through here, so tests hand the core a fake
 * and the Electron shell hands it the real one (src/main/platform.ts).
 */
export interface SaveFileOptions {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

export interface Platform {
  /** Ask the user for a folder; null when they cancel. */
  chooseFolder(title: string): Promise<string | null>;
  /** Ask the user where to save a file; null when they cancel. */
  chooseSavePath(options: SaveFileOptions): Promise<string | null>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
