import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { VaultSummary } from '../../shared/vaults';
import { HearthError } from '../../shared/errors';
import { writeFileAtomicAsync } from './atomic-file';
import { ensurePrivateDir, isVaultFolder } from './folder';

const Entry = z.object({ id: z.string(), name: z.string(), path: z.string(), lastOpenedAt: z.string().nullable() });
const RegistryFile = z.object({ version: z.literal(1), vaults: z.array(Entry) });
type Entry = z.infer<typeof Entry>;

/**
 * The vaults this computer knows, by name and folder only: the start screen reads it before any
 * unlock, so it holds nothing that is encrypted inside a vault.
 */
export class VaultRegistry {
  readonly #path: string;
  /** The list last written, until its write has finished: what every read sees meanwhile. */
  #writing: Entry[] | null = null;
  /** Writes go one after another, so the file always ends with the last list. */
  #writes: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    ensurePrivateDir(dataDir);
    this.#path = join(dataDir, 'vaults.json');
  }

  #read(): Entry[] {
    if (this.#writing) return this.#writing;
    if (!existsSync(this.#path)) return [];
    try {
      const parsed = RegistryFile.safeParse(JSON.parse(readFileSync(this.#path, 'utf8')));
      return parsed.success ? parsed.data.vaults : [];
    } catch {
      return []; // a damaged list only forgets where vaults are; "Open a vault from a folder" finds them again
    }
  }

  /** Written off the event loop (an unlock writes here: see writeFileAtomicAsync). */
  #write(vaults: Entry[]): Promise<void> {
    this.#writing = vaults;
    const text = `${JSON.stringify({ version: 1, vaults }, null, 2)}\n`;
    const written = this.#writes.then(() => writeFileAtomicAsync(this.#path, text));
    this.#writes = written
      .catch(() => undefined)
      .then(() => {
        if (this.#writing === vaults) this.#writing = null;
      });
    return written;
  }

  list(): VaultSummary[] {
    return this.#read().map((e) => ({ ...e, available: isVaultFolder(e.path) }));
  }

  get(id: string): Entry {
    const entry = this.#read().find((e) => e.id === id);
    if (!entry) throw new HearthError('NOT_FOUND', 'Hearth does not know that vault on this computer. Open it from its folder.');
    return entry;
  }

  /** Add or refresh a vault; the same id in a new folder moves it (a vault copied to a USB stick). */
  async remember(entry: Omit<Entry, 'lastOpenedAt'> & { lastOpenedAt?: string | null }): Promise<VaultSummary> {
    const vaults = this.#read();
    const previous = vaults.find((e) => e.id === entry.id);
    const next: Entry = { ...entry, path: resolve(entry.path), lastOpenedAt: entry.lastOpenedAt ?? previous?.lastOpenedAt ?? null };
    await this.#write([...vaults.filter((e) => e.id !== entry.id), next]);
    return { ...next, available: isVaultFolder(next.path) };
  }

  async forget(id: string): Promise<void> {
    this.get(id);
    await this.#write(this.#read().filter((e) => e.id !== id));
  }
}
