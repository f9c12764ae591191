/** The benchmark as a function: `npm run bench` (bench/run.ts) and tests/core/bench.test.ts both call this. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KdfParams } from '../src/core';
import { calibrateKdf } from '../src/core/keys/kdf';
import { benchView, createGeneratedVault, generateData, type BenchData, type GeneratedVault } from './generate';
import { missingArea, STEPS, type BenchContext } from './metrics';
import { LoopMonitor } from './monitor';
import { emptyMetrics, type MetricKey, type Results } from './report';
import { round } from './stats';

export interface BenchOptions {
  entries?: number;
  seed?: number;
  /** Operations per percentile; never fewer than 200. */
  ops?: number;
  unlocks?: number;
  /** Argon2id parameters for the vault; default: calibrated on this machine, as the app does. */
  kdf?: KdfParams | 'calibrate';
  log?: (line: string) => void;
  /** Keep the temp folder (for looking at the vault afterwards). */
  keep?: boolean;
  /** Run only the steps of these names (diagnosis); the others' figures stay null with a reason. */
  only?: readonly string[];
  /** Leave the two renderer figures null with this reason instead of driving Chromium. */
  skipRenderer?: string;
}

export interface BenchOutcome {
  results: Results;
  /** Why each null figure is null (and notes on the others). */
  reasons: Partial<Record<MetricKey, string>>;
  /** Extra figures for diagnosis (not in results.json). */
  details: Record<string, unknown>;
  tmp: string;
}

export async function runBenchmark(options: BenchOptions = {}): Promise<BenchOutcome> {
  const entries = options.entries ?? 50_000;
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const tmp = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  const dataDir = join(tmp, 'app');
  const metrics = emptyMetrics();
  const reasons: Partial<Record<MetricKey, string>> = {};
  const details: Record<string, unknown> = {};
  const monitor = new LoopMonitor();
  try {
    const kdf = options.kdf === undefined || options.kdf === 'calibrate' ? await calibrateKdf() : options.kdf;
    log(`KDF: Argon2id m=${kdf.m} KiB, t=${kdf.t}, p=${kdf.p}`);
    const { data, vault, seconds } = await generateVault({ entries, seed, dataDir, kdf, log });
    details.generation = { ...seconds, sectionsSkipped: data.sections.filter((s) => s.skipped).map((s) => `${s.name}: ${s.skipped}`) };
    await vault.client.vaults.unlock({ vaultId: vault.vaultId, secret: { kind: 'passphrase', passphrase: vault.passphrase } });

    const ctx: BenchContext = {
      entries, seed, data, vault, dataDir, tmp, kdf, monitor, log, details,
      client: vault.client,
      ops: Math.max(200, options.ops ?? 200),
      unlocks: options.unlocks ?? 5,
      skipRenderer: options.skipRenderer,
    };
    try {
      const unknown = (options.only ?? []).filter((name) => !STEPS.some((s) => s.name === name));
      if (unknown.length) throw new Error(`no benchmark step is named '${unknown.join("', '")}' (steps: ${STEPS.map((s) => s.name).join(', ')})`);
      for (const step of STEPS) {
        if (options.only && !options.only.includes(step.name)) {
          for (const key of step.keys) reasons[key] = 'not measured: this run was limited with --only';
          continue;
        }
        const missing = missingArea(step);
        if (missing) {
          for (const key of step.keys) reasons[key] = missing;
          log(`${step.name}: skipped: ${missing}`);
          continue;
        }
        const started = performance.now();
        const outcome = await step.run(ctx);
        Object.assign(metrics, outcome.values);
        Object.assign(reasons, outcome.reasons ?? {});
        for (const key of step.keys) if (metrics[key] === null && reasons[key]) log(`${step.name}: ${key} skipped: ${reasons[key]}`);
        log(`${step.name}: done in ${round((performance.now() - started) / 1000, 1)} s`);
      }
    } finally {
      await vault.client.close();
    }
    metrics.event_loop_max_block_ms = monitor.max();
    details.eventLoopBlockMsByPhase = monitor.phases;
    details.longestGcPauseMsByPhase = monitor.gcPauses;
    return { results: { entries, metrics }, reasons, details, tmp };
  } finally {
    if (!options.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Generate the data and write the vault; only the slim view of the data outlives this call (see BenchData). */
async function generateVault(options: {
  entries: number;
  seed: number;
  dataDir: string;
  kdf: KdfParams;
  log: (line: string) => void;
}): Promise<{ data: BenchData; vault: GeneratedVault; seconds: { dataSeconds: number; writeSeconds: number } }> {
  const t0 = performance.now();
  const data = await generateData({ entries: options.entries, seed: options.seed, log: (l) => options.log(`generate: ${l}`) });
  const t1 = performance.now();
  const vault = await createGeneratedVault({ dataDir: options.dataDir, data, kdf: options.kdf });
  const seconds = { dataSeconds: round((t1 - t0) / 1000, 1), writeSeconds: round((performance.now() - t1) / 1000, 1) };
  options.log(`generate: data ${seconds.dataSeconds} s, vault written in ${seconds.writeSeconds} s`);
  return { data: benchView(data), vault, seconds };
}
