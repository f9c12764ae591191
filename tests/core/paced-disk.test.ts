import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushWhileWriting, removeGradually } from '../../src/core/vaults/paced-disk';
import { tempDir } from './helpers';

const MB = 2 ** 20;

/** Bytes that differ along the file, so a truncated or shifted copy cannot pass for the original. */
function pattern(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) bytes.writeUInt32LE(i, i);
  return bytes;
}

/** The paths this process holds open (Linux only: /proc). */
function openPaths(): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)];
    } catch {
      return [];
    }
  });
}

const linux = process.platform === 'linux';

describe('removeGradually', () => {
  it('removes a file larger than one step, a step at a time on Linux; a missing file is no error', () => {
    const dir = tempDir();
    const file = join(dir, 'copy');
    writeFileSync(file, pattern(40 * MB + 123));
    expect(removeGradually(file)).toBe(linux ? 3 : 0);
    expect(existsSync(file)).toBe(false);
    expect(removeGradually(file)).toBe(0);
  });

  it('only unlinks a name that is not the file’s only one: the other name keeps every byte', () => {
    const dir = tempDir();
    const original = join(dir, 'original');
    const bytes = pattern(20 * MB);
    writeFileSync(original, bytes);
    const hardLink = join(dir, 'hard');
    linkSync(original, hardLink);
    expect(removeGradually(hardLink)).toBe(0);
    expect(existsSync(hardLink)).toBe(false);
    expect(readFileSync(original).equals(bytes)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('removes a symbolic link itself, never shrinking what it points to', () => {
    const dir = tempDir();
    const target = join(dir, 'target');
    const bytes = pattern(20 * MB);
    writeFileSync(target, bytes);
    const link = join(dir, 'link');
    symlinkSync(target, link);
    removeGradually(link);
    expect(existsSync(link)).toBe(false);
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it('refuses a folder as rmSync does, leaving it there', () => {
    const dir = tempDir();
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside'), 'kept');
    expect(() => removeGradually(folder)).toThrow();
    expect(readFileSync(join(folder, 'inside'), 'utf8')).toBe('kept');
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!linux)('flushWhileWriting (Linux only; elsewhere it does nothing)', () => {
  it('never makes the file itself', async () => {
    const dir = tempDir();
    const path = join(dir, 'not-made');
    const flusher = flushWhileWriting(path, join(dir), 5);
    await sleep(300); // dozens of rounds of the thread looking for the file
    expect(flusher.stop()).toEqual({ flushes: 0 });
    expect(existsSync(path)).toBe(false);
  });

  it('opens the file once it is made, flushes it while it is written, and has closed it when stop returns', async () => {
    const dir = tempDir();
    const path = join(dir, 'written');
    const flusher = flushWhileWriting(path, dir, 5);
    const fd = openSync(path, 'wx');
    const chunk = pattern(MB);
    let seenOpenTwice = false;
    // Written in steps, with pauses the flushing thread uses to find the file (the test's own descriptor is one).
    for (const deadline = Date.now() + 10_000; !seenOpenTwice && Date.now() < deadline; ) {
      writeSync(fd, chunk);
      await sleep(20);
      seenOpenTwice = openPaths().filter((p) => p === path).length >= 2;
    }
    closeSync(fd);
    expect(seenOpenTwice).toBe(true);
    await sleep(50);
    expect(flusher.stop().flushes).toBeGreaterThan(0);
    expect(openPaths()).not.toContain(path);
  });
});
