import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronNativeDir, nativeBindingPath } from '../../src/main/native-binding';
import { shellPaths } from '../../src/main/paths';

interface ElectronInfo {
  version: string;
  abi: string;
}
interface EnsureOptions {
  root: string;
  platform: string;
  arch: string;
  electron: ElectronInfo;
  packageVersion: string;
  build: (work: string) => Promise<void>;
  log?: (message: string) => void;
}
/** The exports of scripts/native-electron.mjs that these tests use. */
interface NativeScript {
  PACKAGE: string;
  nativeDirName(abi: string, platform: string, arch: string): string;
  nativeBindingFile(root: string, abi: string, platform: string, arch: string): string;
  readElectronInfo(root: string): ElectronInfo;
  ensureElectronBinding(options: EnsureOptions): Promise<{ status: 'present' | 'built'; file: string }>;
  prebuildArgs(electron: ElectronInfo, arch: string): string[];
  nodeGypArgs(electron: ElectronInfo, arch: string, home?: string): string[];
  findNodeGyp(root: string, env?: Record<string, string | undefined>, execPath?: string): string | undefined;
}

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
let script: NativeScript;
const temps: string[] = [];

beforeAll(async () => {
  const url = pathToFileURL(join(PROJECT, 'scripts', 'native-electron.mjs')).href;
  script = (await import(/* @vite-ignore */ url)) as NativeScript;
});

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake project: package.json and a fake better-sqlite3 package with a Node build in node_modules. */
function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'hearth-native-test-'));
  temps.push(root);
  const pkg = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
  mkdirSync(join(pkg, 'build', 'Release'), { recursive: true });
  mkdirSync(join(pkg, 'src'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'better-sqlite3-multiple-ciphers', version: '12.11.1' }));
  writeFileSync(join(pkg, 'binding.gyp'), '{}');
  writeFileSync(join(pkg, 'src', 'better_sqlite3.cpp'), '// source');
  writeFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'NODE ABI BUILD');
  return root;
}

const electron = { version: '45.5.0', abi: '150' };

describe('native module paths', () => {
  it('the script and the app name the Electron build the same way', () => {
    for (const [abi, platform, arch] of [
      ['150', 'linux', 'x64'],
      ['150', 'darwin', 'arm64'],
      ['143', 'win32', 'ia32'],
    ] as const) {
      expect(script.nativeDirName(abi, platform, arch)).toBe(electronNativeDir(abi, platform, arch));
      const root = '/project';
      expect(script.nativeBindingFile(root, abi, platform, arch)).toBe(
        nativeBindingPath({ appRoot: root, abi, platform, arch, exists: () => true }),
      );
    }
    expect(electronNativeDir('150', 'linux', 'x64')).toBe('electron-v150-linux-x64');
  });

  it('the app finds the build next to out/ from the main bundle folder, and only when it exists', () => {
    const paths = shellPaths('/project/out/main');
    expect(paths).toEqual({
      preload: '/project/out/preload/index.cjs',
      rendererRoot: '/project/out/renderer',
      appRoot: '/project',
      resourcesDir: '/project/resources',
    });
    const expected = '/project/native/electron-v150-linux-x64/better_sqlite3.node';
    expect(nativeBindingPath({ appRoot: paths.appRoot, abi: '150', platform: 'linux', arch: 'x64', exists: (p) => p === expected })).toBe(expected);
    expect(nativeBindingPath({ appRoot: paths.appRoot, abi: '150', platform: 'linux', arch: 'x64', exists: () => false })).toBeUndefined();
    expect(nativeBindingPath({ appRoot: '/opt/Hearth/resources/app.asar', abi: '150', platform: 'linux', arch: 'x64', exists: () => true })).toBe(
      '/opt/Hearth/resources/app.asar.unpacked/native/electron-v150-linux-x64/better_sqlite3.node',
    );
    expect(nativeBindingPath({ appRoot: PROJECT, exists: () => true })).toContain(`electron-v${process.versions.modules}-${process.platform}-${process.arch}`);
  });

  it("reads Electron's version and ABI from node_modules/electron without running it", () => {
    const info = script.readElectronInfo(PROJECT);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.abi).toMatch(/^\d+$/);
  });
});

describe('scripts/native-electron.mjs', () => {
  it('does nothing when the Electron build is already there', async () => {
    const root = fakeProject();
    const file = script.nativeBindingFile(root, '150', 'linux', 'x64');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'ELECTRON BUILD');
    const build = vi.fn(async () => undefined);
    const result = await script.ensureElectronBinding({ root, platform: 'linux', arch: 'x64', electron, packageVersion: '12.11.1', build, log: () => undefined });
    expect(result).toEqual({ status: 'present', file });
    expect(build).not.toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toBe('ELECTRON BUILD');
  });

  it('builds in a temporary copy, saves the result under native/, and never touches node_modules', async () => {
    const root = fakeProject();
    const nodeBuild = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');
    let workDir = '';
    const build = vi.fn(async (work: string) => {
      workDir = work;
      expect(existsSync(join(work, 'binding.gyp'))).toBe(true);
      expect(existsSync(join(work, 'src', 'better_sqlite3.cpp'))).toBe(true);
      expect(existsSync(join(work, 'build'))).toBe(false);
      mkdirSync(join(work, 'build', 'Release'), { recursive: true });
      writeFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), 'ELECTRON BUILD');
    });
    const messages: string[] = [];
    const result = await script.ensureElectronBinding({ root, platform: 'linux', arch: 'x64', electron, packageVersion: '12.11.1', build, log: (m) => messages.push(m) });
    expect(result.status).toBe('built');
    expect(result.file).toBe(join(root, 'native', 'electron-v150-linux-x64', 'better_sqlite3.node'));
    expect(readFileSync(result.file, 'utf8')).toBe('ELECTRON BUILD');
    expect(readFileSync(nodeBuild, 'utf8')).toBe('NODE ABI BUILD');
    expect(workDir.startsWith(root)).toBe(false);
    expect(existsSync(workDir)).toBe(false);
    expect(messages.every((m) => !m.includes('\n'))).toBe(true);

    // Run again: present, nothing rebuilt.
    const again = vi.fn(async () => undefined);
    expect((await script.ensureElectronBinding({ root, platform: 'linux', arch: 'x64', electron, packageVersion: '12.11.1', build: again, log: () => undefined })).status).toBe('present');
    expect(again).not.toHaveBeenCalled();
  });

  it('rebuilds after better-sqlite3 is upgraded, and fails when the build produces nothing', async () => {
    const root = fakeProject();
    const make = async (work: string): Promise<void> => {
      mkdirSync(join(work, 'build', 'Release'), { recursive: true });
      writeFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), 'NEW');
    };
    await script.ensureElectronBinding({ root, platform: 'linux', arch: 'x64', electron, packageVersion: '12.11.1', build: make, log: () => undefined });
    const upgraded = vi.fn(make);
    const result = await script.ensureElectronBinding({ root, platform: 'linux', arch: 'x64', electron, packageVersion: '12.12.0', build: upgraded, log: () => undefined });
    expect(result.status).toBe('built');
    expect(upgraded).toHaveBeenCalledOnce();

    const empty = fakeProject();
    await expect(
      script.ensureElectronBinding({ root: empty, platform: 'linux', arch: 'x64', electron, packageVersion: '12.11.1', build: async () => undefined, log: () => undefined }),
    ).rejects.toThrow('better_sqlite3.node');
    expect(existsSync(join(empty, 'native', 'electron-v150-linux-x64', 'better_sqlite3.node'))).toBe(false);
  });

  it('asks prebuild-install and node-gyp for the Electron runtime', () => {
    expect(script.prebuildArgs(electron, 'x64')).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '45.5.0', '--arch', 'x64']));
    const gyp = script.nodeGypArgs(electron, 'arm64', '/home/u');
    expect(gyp).toEqual(expect.arrayContaining(['rebuild', '--release', '--runtime=electron', '--target=45.5.0', '--arch=arm64', '--devdir=/home/u/.electron-gyp']));
    expect(gyp.find((a) => a.startsWith('--dist-url='))).toMatch(/^--dist-url=https:\/\/[^/]*electronjs\.org\/headers$/);
  });

  it('finds node-gyp from npm first', () => {
    const self = join(PROJECT, 'scripts', 'native-electron.mjs');
    expect(script.findNodeGyp('/nowhere', { npm_config_node_gyp: self }, '/nowhere/bin/node')).toBe(self);
    expect(script.findNodeGyp('/nowhere', {}, '/nowhere/bin/node')).toBeUndefined();
  });
});
