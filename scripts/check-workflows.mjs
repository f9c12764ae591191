#!/usr/bin/env node
// Validates every GitHub Actions workflow (.github/workflows/*.yml and *.yaml) and local composite action
// (.github/actions/*/action.yml) with action-validator (@action-validator/cli, a devDependency): the files are checked
// against GitHub's published schemas, and any `paths` glob must match a file in the repository. Prints each file it
// checks; exits non-zero, saying what is wrong and where, if any file fails. Files given as arguments are checked
// instead of the repository's own (e.g. `node scripts/check-workflows.mjs /tmp/broken/ci.yml`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The CLI's own script, run with this Node: no shell and no .cmd shim, so it works the same on Windows. */
function validatorCli() {
  const pkgDir = join(root, 'node_modules', '@action-validator', 'cli');
  const pkgFile = join(pkgDir, 'package.json');
  if (!existsSync(pkgFile)) {
    console.error('action-validator is not installed (node_modules/@action-validator/cli is missing): run `npm ci` first.');
    process.exit(2);
  }
  const { bin } = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const script = typeof bin === 'string' ? bin : bin?.['action-validator'];
  if (!script) {
    console.error('@action-validator/cli names no action-validator binary in its package.json.');
    process.exit(2);
  }
  return join(pkgDir, script);
}

function repositoryFiles() {
  const files = [];
  const workflows = join(root, '.github', 'workflows');
  if (existsSync(workflows)) {
    for (const name of readdirSync(workflows).sort()) if (/\.ya?ml$/.test(name)) files.push(join(workflows, name));
  }
  const actions = join(root, '.github', 'actions');
  if (existsSync(actions)) {
    for (const name of readdirSync(actions).sort()) {
      for (const file of ['action.yml', 'action.yaml']) if (existsSync(join(actions, name, file))) files.push(join(actions, name, file));
    }
  }
  return files;
}

/**
 * action-validator prints its findings as JSON ({ errors: [...] }); say each in one line. A "OneOf" finding (a job,
 * step or trigger that fits none of the forms the schema allows) carries each form's own errors: the form with the
 * fewest is what was most likely meant, so its errors are shown beneath it (e.g. "Additional property 'run-on' …").
 */
function describeErrors(errors, indent = '') {
  return errors.flatMap((e) => {
    const where = e.path ?? (e.location ? `line ${e.location.line}, column ${e.location.column}` : '');
    const line = `${indent}${where ? `${where}: ` : ''}${e.title}${e.detail ? ` (${e.detail})` : ''}`;
    const closest = (e.states ?? []).filter((s) => s.errors?.length).sort((a, b) => a.errors.length - b.errors.length)[0];
    return closest ? [`${line}; closest form:`, ...describeErrors(closest.errors, `${indent}  `)] : [line];
  });
}

function describe(output) {
  try {
    return describeErrors(JSON.parse(output).errors);
  } catch {
    return output.trim().split('\n');
  }
}

const cli = validatorCli();
const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : repositoryFiles();
if (files.length === 0) {
  console.log('No workflow files found under .github/workflows: nothing to check.');
  process.exit(0);
}

let failed = 0;
for (const file of files) {
  const shown = relative(root, file).startsWith('..') ? file : relative(root, file);
  // From the repository root, where action-validator looks for the files that `paths` globs must match.
  const run = spawnSync(process.execPath, [cli, file], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (run.error) throw run.error;
  if (run.status === 0) {
    console.log(`ok    ${shown}`);
    continue;
  }
  failed++;
  console.log(`FAIL  ${shown}`);
  for (const line of describe(`${run.stderr}${run.stdout}`)) console.log(`        ${line}`);
}

console.log(`workflows: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
