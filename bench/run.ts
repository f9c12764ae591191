/**
 * `npm run bench [-- --entries N] [--seed S] [--out FILE] [--ops N] [--keep] [--only STEP,STEP]`: generate a vault,
 * measure it through the core, write the results file and print the table. `--only` runs the named steps alone (for
 * diagnosis: the other figures stay null, and it needs `--out` so a partial run never replaces bench/results.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmark } from './benchmark';
import { formatTable } from './report';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: resolve(import.meta.dirname, 'results.json') },
    ops: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const entries = Number(values.entries);
const seed = Number(values.seed);
if (!Number.isInteger(entries) || entries < 1) throw new Error('--entries takes a positive whole number');
if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number');
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
if (only && !process.argv.includes('--out')) throw new Error('--only measures part of the figures: give it an --out file of its own');

const started = performance.now();
const outcome = await runBenchmark({
  entries,
  seed,
  ops: Number(values.ops),
  keep: values.keep,
  only,
  log: (line) => console.log(`  ${line}`),
});
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(outcome.results, null, 2) + '\n');

console.log(`\n${formatTable(outcome.results, outcome.reasons)}\n`);
console.log('Details:');
console.log(JSON.stringify(outcome.details, null, 2));
if (values.keep) console.log(`\nKept: ${outcome.tmp}`);
console.log(`\nWrote ${out} (${Math.round((performance.now() - started) / 1000)} s in all)`);
