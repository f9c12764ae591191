import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { newVault, PASSPHRASE } from './helpers';

const KILLS = 200;
let writer = '';
/** The bundle's own folder; removed afterwards only once made (never a folder computed from an empty path). */
let outDir: string | null = null;

/** Bundle the writer once, so each of the 200 children starts in a fraction of a second. */
beforeAll(async () => {
  // Inside the project, so the bundle's imports resolve from node_modules; a folder of its own per run.
  const cache = join(__dirname, '..', '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  outDir = mkdtempSync(join(cache, 'hearth-crash-writer-'));
  await build({
    logLevel: 'silent',
    configFile: false,
    build: { ssr: join(__dirname, 'crash', 'writer.ts'), outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'writer.mjs' } } },
    ssr: { external: true },
  });
  writer = join(outDir, 'writer.mjs');
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Start a writer, let it write for a random moment, SIGKILL it, and return what it reported as committed. */
function runAndKill(dataDir: string, vaultId: string, lifetimeMs: number): Promise<{ events: string[]; drafts: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, vaultId, PASSPHRASE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out.length;
      out += chunk.toString('utf8');
      if (before === 0 || !out.slice(0, before).includes('ready\n')) {
        if (out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), lifetimeMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped by itself: ${err}`));
      // Only whole lines were reported; a line cut by the kill was not.
      const lines = out.split('\n').slice(0, -1);
      resolve({
        events: lines.filter((l) => l.startsWith('event ')).map((l) => l.slice(6)),
        drafts: lines.filter((l) => l.startsWith('draft ')).map((l) => l.slice(6)),
      });
    });
  });
}

describe('crash safety', () => {
  it(`keeps every reported write and a sound file through ${KILLS} SIGKILLs`, async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    const key = decodeRecoveryCode(v.recoveryCode).toString('hex');
    const committed = { events: new Set<string>(), drafts: new Set<string>() };
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

    for (let round = 0; round < KILLS; round++) {
      const reported = await runAndKill(v.dataDir, v.vaultId, Math.floor(random() * 120));
      reported.events.forEach((id) => committed.events.add(id));
      reported.drafts.forEach((k) => committed.drafts.add(k));

      const db = new Database(join(v.dir, 'hearth.db'));
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${key}'"`);
      expect(db.pragma('quick_check', { simple: true }), `round ${round}`).toBe('ok');
      const events = new Set((db.prepare('SELECT id FROM timeline_events').all() as { id: string }[]).map((r) => r.id));
      const drafts = new Set((db.prepare('SELECT key FROM drafts').all() as { key: string }[]).map((r) => r.key));
      db.close();
      for (const id of committed.events) expect(events.has(id), `round ${round}: event ${id}`).toBe(true);
      for (const k of committed.drafts) expect(drafts.has(k), `round ${round}: draft ${k}`).toBe(true);
    }
    expect(committed.events.size).toBeGreaterThan(KILLS);
    // And the app itself still opens it.
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await v.core.timeline.list({ limit: 1 })).items).toHaveLength(1);
  }, 300_000);
});
