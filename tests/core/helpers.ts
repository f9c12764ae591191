import Database from 'better-sqlite3-multiple-ciphers';
import { type Dirent, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, createDispatcher, type Core, type CoreOptions, type Platform } from '../../src/core';
import type { KdfParams } from '../../src/core/keys/kdf';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { methods, type Api } from '../../src/shared/contract';
import { HearthError } from '../../src/shared/errors';
import type { JobKind, JobProgress } from '../../src/shared/jobs';

/** Small Argon2id parameters so tests stay quick; the calibrated ones are tested on their own. */
export const FAST_KDF: KdfParams = { m: 1024, t: 1, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  // Newest first, each waited for: a core finishes its running copies before its folder is removed.
  while (cleanups.length) await cleanups.pop()?.();
});

/** A core's close waits for its running jobs; a test that left one hanging must not hang the run. */
const CLOSE_WAIT_MS = 10_000;

export function tempDir(prefix = 'hearth-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface FakePlatform extends Platform {
  nextFolder: string | null;
  nextSavePath: string | null;
  nextOpenFile: string | null;
}

export function fakePlatform(): FakePlatform {
  return {
    nextFolder: null,
    nextSavePath: null,
    nextOpenFile: null,
    async chooseFolder() {
      return this.nextFolder;
    },
    async chooseSavePath() {
      return this.nextSavePath;
    },
    async chooseOpenFile() {
      return this.nextOpenFile;
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

/**
 * The core as the renderer sees it: every call goes through the dispatcher (validation, error
 * mapping), and failures come back as thrown HearthErrors.
 */
export type Client = Api & Pick<Core, 'onLock' | 'close'>;

export function clientFor(core: Core): Client {
  const dispatcher = createDispatcher(core);
  const api: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const m of methods) {
    api[m.area] ??= {};
    api[m.area]![m.name] = async (arg?: unknown) => {
      const result = await dispatcher.dispatch(m.channel, arg === undefined ? [] : [arg]);
      if (!result.ok) throw HearthError.fromShape(result.error);
      return result.value;
    };
  }
  return Object.assign(api as unknown as Api, { onLock: core.onLock, close: core.close });
}

export interface TestCore {
  core: Client;
  raw: Core;
  dataDir: string;
  platform: FakePlatform;
  clock: TestClock;
}

export function newCore(overrides: Partial<CoreOptions> & { dataDir?: string; clock?: TestClock } = {}): TestCore {
  const dataDir = overrides.dataDir ?? tempDir();
  const platform = (overrides.platform as FakePlatform | undefined) ?? fakePlatform();
  const clock = overrides.clock ?? new TestClock();
  const raw = createCore({ kdf: FAST_KDF, ...overrides, dataDir, platform, clock });
  cleanups.push(() => Promise.race([raw.close().catch(() => undefined), new Promise((done) => setTimeout(done, CLOSE_WAIT_MS).unref())]));
  return { core: clientFor(raw), raw, dataDir, platform, clock };
}

export async function newVault(t: TestCore = newCore(), names = { partnerA: 'Sam', partnerB: 'Alex' }) {
  const created = await t.core.vaults.create({ name: 'Our place', ...names, passphrase: PASSPHRASE });
  return { ...t, ...created, vaultId: created.session.vault.id, dir: created.session.vault.path };
}

export function dispatcherFor(t: { raw: Core }) {
  return createDispatcher(t.raw);
}

/** Every file below a folder, recursively; folders that vanish mid-walk (other tests cleaning up) are skipped. */
export function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return e.isFile() ? [path] : [];
  });
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

export type VaultFile = InstanceType<typeof Database>;

/** The vault's database file opened directly with its data key (from the recovery code), to look inside it. */
export function openVaultFile(dir: string, recoveryCode: string, options: { readonly?: boolean } = {}): VaultFile {
  const db = new Database(join(dir, 'hearth.db'), options);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${decodeRecoveryCode(recoveryCode).toString('hex')}'"`);
  return db;
}

/** Every change of a kind's progress while `start()` runs, as the core reports it (what `jobs.progress` answers). */
export async function watch<T>(v: { raw: Core }, kind: JobKind, start: () => Promise<T>, onChange: (p: JobProgress) => void = () => {}): Promise<{ result: Promise<T>; seen: JobProgress[] }> {
  const seen: JobProgress[] = [];
  const stop = v.raw.onJobProgress((p) => {
    if (p.kind !== kind) return;
    seen.push(p);
    onChange(p);
  });
  const result = start();
  await result.catch(() => undefined);
  stop();
  return { result, seen };
}

/** The phases a job went through, each once, in order. */
export const phasesOf = (seen: JobProgress[]) => seen.filter((p) => p.running).map((p) => p.phase).filter((p, i, all) => all.indexOf(p) === i);
