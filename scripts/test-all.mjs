#!/usr/bin/env node
// `npm test`: every tier, in order, each reported; exits non-zero if any tier fails.
import { spawnSync } from 'node:child_process';

const tiers = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['types (main, preload, shared, tests)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']],
  ['types (renderer)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.web.json', '--fail-on-warnings']],
  ['security scan (Electronegativity)', 'node', ['scripts/security-scan.mjs']],
  ['CI workflows (action-validator)', 'node', ['scripts/check-workflows.mjs']],
  // Built first, so the shell tests also check the built main and preload.
  ['build', 'npx', ['electron-vite', 'build']],
  ['core, shell and component tests', 'npx', ['vitest', 'run']],
  ['packaging (electron-builder, npm run dist:check)', 'node', ['scripts/dist-check.mjs']],
  ['end-to-end and Electron smoke tests', 'npx', ['playwright', 'test']],
];

const results = [];
for (const [name, command, args] of tiers) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  // npx is a .cmd script on Windows, which only a shell can start.
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  console.log(`=== ${name}: ${ok ? 'passed' : 'FAILED'} in ${results.at(-1).seconds}s`);
}

console.log('\nHearth test tiers:');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`tiers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
