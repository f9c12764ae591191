import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, createDispatcher, type Core, type CoreOptions, type Platform } from '../../src/main/core';
import type { KdfParams } from '../../src/main/core/vault/kdf';

/** Small Argon2id parameters so tests stay quick; the calibrated ones are tested on their own. */
export const FAST_KDF: KdfParams = { m: 1024, t: 1, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

const cleanups: (() => void)[] = [];
afterEach(async () => {
  while (cleanups.length) cleanups.pop()?.();
});

export function tempDir(prefix = 'hearth-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface FakePlatform extends Platform {
  nextFolder: string | null;
  nextSavePath: string | null;
}

export function fakePlatform(): FakePlatform {
  return {
    nextFolder: null,
    nextSavePath: null,
    async chooseFolder() {
      return this.nextFolder;
    },
    async chooseSavePath() {
      return this.nextSavePath;
    },
  };
}

export class TestClock {
  #now: number;
  constructor(start = Date.parse('2026-11-26T10:00:00Z')) {
    this.#now = start;
  }
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

export interface TestCore {
  core: Core;
  dataDir: string;
  platform: FakePlatform;
  clock: TestClock;
}

export function newCore(overrides: Partial<CoreOptions> & { dataDir?: string; clock?: TestClock } = {}): TestCore {
  const dataDir = overrides.dataDir ?? tempDir();
  const platform = (overrides.platform as FakePlatform | undefined) ?? fakePlatform();
  const clock = overrides.clock ?? new TestClock();
  const core = createCore({ kdf: FAST_KDF, ...overrides, dataDir, platform, clock });
  cleanups.push(() => void core.close());
  return { core, dataDir, platform, clock };
}

export async function newVault(t: TestCore = newCore(), names = { partnerA: 'Sam', partnerB: 'Alex' }) {
  const created = await t.core.vaults.create({ name: 'Our place', ...names, passphrase: PASSPHRASE });
  return { ...t, ...created, vaultId: created.session.vault.id, dir: created.session.vault.path };
}

export function dispatcherFor(core: Core) {
  return createDispatcher(core);
}

/** Every file below a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Which files hold the text in UTF-8 or UTF-16 (the two ways it could land on disk). */
export function filesContaining(dirs: string[], text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return [...new Set(dirs.flatMap(filesUnder))].filter((file) => {
    try {
      if (statSync(file).size > 512 * 1024 * 1024) return false;
      const bytes = readFileSync(file);
      return needles.some((n) => bytes.includes(n));
    } catch {
      return false; // a file that vanished or cannot be read by us holds nothing we wrote
    }
  });
}

export async function expectCode(promise: Promise<unknown>, code: string): Promise<Error & { code: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { code: string };
    if (e.code !== code) throw new Error(`Expected ${code}, got ${e.code}: ${e.message}`);
    return e;
  }
  throw new Error(`Expected ${code}, but the call succeeded.`);
}
