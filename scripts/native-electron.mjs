#!/usr/bin/env node
// Makes sure Electron's build of better-sqlite3-multiple-ciphers exists under
// native/electron-v<abi>-<platform>-<arch>/better_sqlite3.node (src/main/native-binding.ts loads it).
// node_modules keeps Node's own build for the tests: this script builds a copy of the package in a
// temporary folder and never touches node_modules, so `npm test` and `npm start` work in any order.
//
// Run by `npm start` (prestart) and `npm run dev`. The helpers are exported for tests/shell.

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PACKAGE = 'better-sqlite3-multiple-ciphers';
export const NATIVE_FILE = 'better_sqlite3.node';
/** Beside the binary: which better-sqlite3 version it was built from, so an upgrade rebuilds it. */
export const STAMP_FILE = 'better_sqlite3.version';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function say(message) {
  console.log(`hearth-native: ${message}`);
}

/** Same format as electronNativeDir() in src/main/native-binding.ts (a shell test compares them). */
export function nativeDirName(abi, platform, arch) {
  return `electron-v${abi}-${platform}-${arch}`;
}

export function nativeBindingFile(root, abi, platform, arch) {
  return join(root, 'native', nativeDirName(abi, platform, arch), NATIVE_FILE);
}

/** Electron's version and its NODE_MODULE_VERSION, read from node_modules/electron (no download). */
export function readElectronInfo(root) {
  const dir = join(root, 'node_modules', 'electron');
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const abiFile = join(dir, 'abi_version');
  let abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : '';
  if (!abi) abi = String(createRequire(join(root, 'package.json'))('node-abi').getAbi(version, 'electron'));
  return { version, abi };
}

export function packageDir(root) {
  return join(root, 'node_modules', PACKAGE);
}

export function readPackageVersion(root) {
  return JSON.parse(readFileSync(join(packageDir(root), 'package.json'), 'utf8')).version;
}

/**
 * The binary is current when it exists and, if a stamp is beside it, the stamp names the installed
 * better-sqlite3 version.
 */
export function isCurrent(file, packageVersion) {
  if (!existsSync(file)) return false;
  const stamp = join(dirname(file), STAMP_FILE);
  return !existsSync(stamp) || readFileSync(stamp, 'utf8').trim() === packageVersion;
}

/**
 * Ensure the binary exists; `build(workDir)` must leave build/Release/better_sqlite3.node inside the
 * copy of the package at `workDir`. Returns what happened.
 */
export async function ensureElectronBinding({ root, platform, arch, electron, packageVersion, build, log = say }) {
  const file = nativeBindingFile(root, electron.abi, platform, arch);
  if (isCurrent(file, packageVersion)) {
    log(`Electron ${electron.version} build of ${PACKAGE} is present (${nativeDirName(electron.abi, platform, arch)}).`);
    return { status: 'present', file };
  }
  const temp = mkdtempSync(join(tmpdir(), 'hearth-native-'));
  try {
    const work = join(temp, PACKAGE);
    log(`Copying ${PACKAGE} ${packageVersion} to a temporary folder (node_modules stays as it is)...`);
    copyPackage(packageDir(root), work);
    await build(work);
    const built = join(work, 'build', 'Release', NATIVE_FILE);
    if (!existsSync(built)) throw new Error(`the build finished without producing ${NATIVE_FILE}`);
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    copyFileSync(built, partial);
    renameSync(partial, file);
    writeFileSync(join(dirname(file), STAMP_FILE), `${packageVersion}\n`);
    log(`Saved ${file.slice(root.length + 1)}.`);
    return { status: 'built', file };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The package's sources without its Node build (and without any nested node_modules). */
export function copyPackage(from, to) {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      const rel = source.slice(from.length).split(/[\\/]/).filter(Boolean);
      return rel[0] !== 'build' && rel[0] !== 'node_modules';
    },
  });
}

/** Arguments for prebuild-install: download the published Electron binary. */
export function prebuildArgs(electron, arch) {
  return ['--runtime', 'electron', '--target', electron.version, '--arch', arch, '--verbose'];
}

/** Arguments for node-gyp: compile against Electron's headers (about 90 s). */
export function nodeGypArgs(electron, arch, home = homedir()) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electron.version}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    // Electron's headers must not share a cache folder with Node's.
    `--devdir=${join(home, '.electron-gyp')}`,
  ];
}

/** node-gyp: npm's own copy (npm exports its path to scripts), a local one, or the one beside node. */
export function findNodeGyp(root, env = process.env, execPath = process.execPath) {
  const candidates = [
    env.npm_config_node_gyp,
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** npm passes our own package's metadata in npm_package_*; prebuild-install must not read it. */
function childEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_package_')));
}

function run(file, args, cwd) {
  const result = spawnSync(process.execPath, [file, ...args], { cwd, stdio: 'inherit', env: childEnv() });
  return result.status === 0;
}

export function realBuild(root, electron, arch) {
  return async (work) => {
    const prebuild = createRequire(join(packageDir(root), 'package.json')).resolve('prebuild-install/bin.js');
    say(`Downloading the prebuilt binary for Electron ${electron.version} (${arch})...`);
    if (run(prebuild, prebuildArgs(electron, arch), work) && existsSync(join(work, 'build', 'Release', NATIVE_FILE))) return;

    const gyp = findNodeGyp(root);
    if (!gyp) throw new Error('no prebuilt binary could be downloaded and node-gyp was not found');
    say(`No prebuilt binary; compiling from source against Electron ${electron.version}'s headers (about 90 s)...`);
    if (!run(gyp, nodeGypArgs(electron, arch), work)) throw new Error('node-gyp could not compile the module');
  };
}

async function main() {
  const root = PROJECT_ROOT;
  const platform = process.platform;
  const arch = process.env.npm_config_arch || process.arch;
  const electron = readElectronInfo(root);
  try {
    await ensureElectronBinding({
      root,
      platform,
      arch,
      electron,
      packageVersion: readPackageVersion(root),
      build: realBuild(root, electron, arch),
    });
  } catch (error) {
    const dir = nativeDirName(electron.abi, platform, arch);
    console.error(`hearth-native: could not build ${PACKAGE} for Electron ${electron.version}: ${error instanceof Error ? error.message : error}.`);
    console.error(
      `hearth-native: needs network access to GitHub releases or to Electron's headers, plus Python and a C++ compiler for node-gyp. ` +
        `Fix that and run "node scripts/native-electron.mjs" again, or put a ${NATIVE_FILE} built for Electron ${electron.version} into native/${dir}/.`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
