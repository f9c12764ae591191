#!/usr/bin/env node
// Runs Electronegativity over the Electron shell and the preload, and fails on any finding that is
// not justified in security/electronegativity-allow.json. Part of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electron = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const allow = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8')).allowed;

// The shell and the preload are scanned as one app, so checks that look across files (navigation
// limits, permission handlers) see both.
const work = mkdtempSync(join(tmpdir(), 'hearth-eneg-'));
const findings = [];
try {
  const app = join(work, 'app');
  cpSync(join(root, 'src', 'main'), join(app, 'main'), { recursive: true, filter: (src) => !src.includes(`${join('src', 'main', 'core')}`) });
  cpSync(join(root, 'src', 'preload'), join(app, 'preload'), { recursive: true });
  // SARIF is JSON: descriptions with commas or line breaks cannot split a finding, as they can in CSV.
  const out = join(work, 'findings.sarif');
  // AvailableSecurityFixesGlobalCheck downloads Electron's release list: a test run sends nothing anywhere, and
  // which Electron Hearth ships is a dependency decision (package.json), not a finding in our code.
  const offline = ['-x', 'AvailableSecurityFixesGlobalCheck'];
  const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const args = ['--require', join(root, 'scripts', 'offline-got.cjs'), cli, '-i', app, '-e', electron, '-r', '-v', 'false', ...offline, '-o', out];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error('Electronegativity did not run.');
  }
  for (const result of JSON.parse(readFileSync(out, 'utf8')).runs[0].results) {
    const place = result.locations?.[0]?.physicalLocation;
    const uri = place?.artifactLocation?.uri ?? 'file:///';
    // A check about the whole app (no file) is reported at file:///.
    const file = uri === 'file:///' ? 'N/A' : uri;
    findings.push({ check: result.ruleId, severity: result.level ?? '', file, location: `${place?.region?.startLine ?? 0}:${place?.region?.startColumn ?? 0}` });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const unjustified = findings.filter((f) => !allow.some((a) => a.check === f.check && a.file === f.file));
const unused = allow.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));
for (const f of findings) console.log(`${unjustified.includes(f) ? 'FINDING ' : 'allowed '} ${f.check} (${f.severity}) ${f.file}:${f.location}`);
for (const a of unused) console.log(`stale allow-list entry (nothing found): ${a.check} ${a.file}`);
console.log(`electronegativity: ${findings.length - unjustified.length} passed, ${unjustified.length + unused.length} failed`);
process.exit(unjustified.length + unused.length === 0 ? 0 : 1);
