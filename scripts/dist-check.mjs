#!/usr/bin/env node
// `npm run dist:check` (part of `npm test`): packs Hearth the way `npm run dist` does (electron-builder with
// electron-builder.yml, its `dir` target for the running OS, into a temporary folder) and checks what a couple
// would install: what app.asar holds and leaves out, that native modules sit outside it, that Node loads the
// packed database driver and opens a vault an earlier Hearth made, and that the fuses are set.
//
// Where no Electron binary is installed (it cannot be downloaded on every machine), the app is packed around a
// stand-in distribution: the asar and the unpacked modules are the same, but there is no binary to flip fuses in,
// so the fuse check reads the configuration instead and says so. Run `npm run build` first (npm test does).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import yaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const results = [];
function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** The Electron binary npm installed, when its download could run (node_modules/electron/path.txt names it). */
function realElectronDist() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  return existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())) ? join(dir, 'dist') : null;
}

/** An Electron folder with no Electron in it: only what electron-builder moves and renames while packing. */
function standInDist(work) {
  const dist = join(work, 'electron-stand-in');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  const note = 'Stand-in written by scripts/dist-check.mjs: no Electron binary was installed where this was packed.\n';
  const executable = { linux: 'electron', win32: 'electron.exe' }[process.platform];
  if (executable) writeFileSync(join(dist, executable), note, { mode: 0o755 });
  else {
    mkdirSync(join(dist, 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
    mkdirSync(join(dist, 'Electron.app', 'Contents', 'Resources'), { recursive: true });
    writeFileSync(join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron'), note, { mode: 0o755 });
  }
  writeFileSync(join(dist, 'LICENSE'), note);
  writeFileSync(join(dist, 'version'), JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version);
  return dist;
}

/** The folder holding app.asar inside the packed app, and the executable. */
function packedLayout(output) {
  const unpacked = readdirSync(output).find((name) => /-unpacked$|^mac/.test(name));
  if (!unpacked) throw new Error(`electron-builder wrote no unpacked app into ${output}`);
  const appDir = join(output, unpacked);
  if (process.platform === 'darwin') {
    const bundle = readdirSync(appDir).find((name) => name.endsWith('.app'));
    return { resources: join(appDir, bundle, 'Contents', 'Resources'), executable: join(appDir, bundle) };
  }
  const executable = join(appDir, process.platform === 'win32' ? 'Hearth.exe' : config.linux.executableName);
  return { resources: join(appDir, 'resources'), executable };
}

const work = mkdtempSync(join(tmpdir(), 'hearth-dist-check-'));
try {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build` first.');
  const electronDist = realElectronDist();
  if (!electronDist) {
    console.log('dist-check: no Electron binary is installed here (node_modules/electron/dist is missing; it cannot be downloaded');
    console.log('dist-check: on this machine), so Hearth is packed around a stand-in and its fuses cannot be flipped or read back.');
  }
  const output = join(work, 'dist');
  await build({
    targets: Platform.current().createTarget('dir'),
    publish: 'never',
    config: {
      directories: { output },
      electronDist: electronDist ?? standInDist(work),
      // Fuses are flipped inside the Electron binary; a stand-in has none (checked from the configuration below).
      ...(electronDist ? {} : { electronFuses: null }),
    },
  });
  const { resources, executable } = packedLayout(output);
  const asar = join(resources, 'app.asar');
  check('app.asar exists', existsSync(asar));

  // What is inside the asar.
  const files = listPackage(asar, { isPack: false }).map((entry) => entry.split(sep).join('/'));
  for (const needed of ['/package.json', '/out/main/index.js', '/out/main/worker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/resources/fonts/NotoSans-Regular.ttf']) {
    check(`app.asar holds ${needed}`, files.includes(needed));
  }
  const forbidden = files.filter((f) => /^\/(src|tests|bench|docs|scripts|security|\.github|\.ci)\//.test(f) || /\.map$/.test(f) || /fixtures/.test(f) || /^\/out\/.*\.test\./.test(f));
  check('app.asar holds no source, test, bench, fixture or source map file', forbidden.length === 0, forbidden.slice(0, 5).join(', '));
  const dependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies);
  for (const name of dependencies) check(`app.asar holds the production dependency ${name}`, files.includes(`/node_modules/${name}/package.json`));
  const devOnly = ['electron', 'vite', 'vitest', 'svelte', 'electron-builder', '@playwright/test', 'typescript'].filter((name) => files.includes(`/node_modules/${name}/package.json`));
  check('app.asar holds no development dependency', devOnly.length === 0, devOnly.join(', '));
  check("app.asar holds none of the database driver's C sources", !files.some((f) => f.startsWith('/node_modules/better-sqlite3-multiple-ciphers/deps/')));

  // Native code sits beside the asar: Electron loads a .node file or a shared library only from a real file.
  const isLibvips = (f) => /\/libvips[^/]*\.(so|dylib|dll)(\.[\d.]+)?$/.test(f);
  const nativeFiles = files.filter((f) => f.endsWith('.node') || isLibvips(f));
  const packedNative = nativeFiles.filter((f) => !statFile(asar, f.slice(1)).unpacked);
  check('every .node file and libvips library is unpacked from app.asar', nativeFiles.length > 0 && packedNative.length === 0, packedNative.slice(0, 5).join(', ') || `${nativeFiles.length} files`);
  const sqliteBinary = `node_modules/better-sqlite3-multiple-ciphers/prebuilds/${process.platform}-${process.arch}.node`;
  check(`the database driver for ${process.platform}-${process.arch} is in app.asar.unpacked`, existsSync(join(`${asar}.unpacked`, sqliteBinary)));
  const libvips = files.filter((f) => f.startsWith('/node_modules/@img/') && isLibvips(f));
  check("sharp's libvips is unpacked", libvips.length > 0 && libvips.every((f) => existsSync(join(`${asar}.unpacked`, f))), libvips[0] ?? 'none found');

  // Node loads the packed modules: the driver's unpacked binary opens a vault made by an earlier Hearth.
  const tree = join(work, 'app');
  extractAll(asar, tree);
  const fixture = join(work, 'vault');
  cpSync(join(root, 'tests', 'fixtures', 'vaults', 'v0.1.0-driver12'), fixture, { recursive: true });
  const probe = join(work, 'probe.cjs');
  writeFileSync(
    probe,
    `const [tree, binding, db, code] = process.argv.slice(2);
const req = require('node:module').createRequire(tree + '/package.json');
const Database = req('better-sqlite3-multiple-ciphers');
const key = Buffer.from(code, 'hex');
const conn = new Database(db, { nativeBinding: binding, readonly: true, fileMustExist: true });
conn.pragma("cipher = 'sqlcipher'"); conn.pragma('legacy = 4'); conn.pragma("key = \\"x'" + key.toString('hex') + "'\\"");
const title = conn.prepare('SELECT title FROM timeline_events ORDER BY start_date LIMIT 1').get().title;
conn.close();
const argon2 = req('argon2');
const sharp = req('sharp');
const mupdf = import(require('node:url').pathToFileURL(req.resolve('mupdf')).href).then((m) => new m.PDFDocument().countPages() === 0);
Promise.all([argon2.hash('x', { memoryCost: 1024, timeCost: 1 }), sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).png().toBuffer(), mupdf])
  .then(([hash, png, pdf]) => console.log(JSON.stringify({ title, argon2: hash.startsWith('$argon2id$'), sharp: png.length > 0, mupdf: pdf })));`,
  );
  const contents = JSON.parse(readFileSync(join(fixture, 'contents.json'), 'utf8'));
  const run = spawnSync(process.execPath, [probe, tree, join(`${asar}.unpacked`, sqliteBinary), join(fixture, 'hearth.db'), contents.dataKeyHex], { encoding: 'utf8' });
  const loaded = run.status === 0 ? JSON.parse(run.stdout.trim().split('\n').at(-1)) : null;
  check('Node loads the unpacked database driver and opens a vault made by Hearth 0.1.0', loaded?.title === 'The day we met', loaded ? '' : run.stderr.trim().split('\n').slice(-3).join(' '));
  check('Node loads argon2, sharp and MuPDF (the PDF encryption) from the packed app', loaded?.argon2 === true && loaded?.sharp === true && loaded?.mupdf === true);

  // Fuses.
  const wanted = {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
  const configured = {
    [FuseV1Options.RunAsNode]: config.electronFuses?.runAsNode,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: config.electronFuses?.enableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: config.electronFuses?.enableNodeCliInspectArguments,
    [FuseV1Options.OnlyLoadAppFromAsar]: config.electronFuses?.onlyLoadAppFromAsar,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: config.electronFuses?.enableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: config.electronFuses?.grantFileProtocolExtraPrivileges,
  };
  for (const [fuse, value] of Object.entries(wanted)) {
    check(`electron-builder.yml sets the fuse ${FuseV1Options[fuse]} to ${value}`, configured[fuse] === value);
  }
  if (electronDist) {
    const wire = await getCurrentFuseWire(executable);
    check('the packed binary has fuse wire V1', wire.version === FuseVersion.V1);
    for (const [fuse, value] of Object.entries(wanted)) {
      // FuseState: 0x30 disabled, 0x31 enabled (a removed fuse reads as 'r').
      const state = wire[fuse];
      check(`the packed binary's fuse ${FuseV1Options[fuse]} is ${value ? 'on' : 'off'}`, state === (value ? 0x31 : 0x30));
    }
  } else {
    console.log('skip the packed binary\'s fuses are not read back: there is no Electron binary here to flip them in (checked in CI, where there is).');
  }
  console.log(`dist-check: packed ${relative(output, executable)} from ${electronDist ? 'the installed Electron' : 'a stand-in Electron'}`);
} catch (error) {
  check('packing with electron-builder', false, error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
console.log(`dist-check: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
