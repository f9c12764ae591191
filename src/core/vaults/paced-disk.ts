/**
 * Writing and removing big files (a vault copy is about 200 MB at 50,000 entries) in small flushed steps, so that the
 * main thread's saves never wait behind them.
 *
 * Why: on Linux (ext4, ordered data; worse with online discard) a file system commits its journal for every
 * fsync, and a commit must first write out the data of every file changed since the last one. A save fsyncs its
 * WAL, so a save that comes just after a copy's 200 MB (unflushed), or just after a 200 MB file was removed, waits
 * behind all of it: 70–130 ms for the copy, about 40 ms for the removal, measured on the main thread here. Flushed
 * or shrunk a few megabytes at a time, neither leaves more than a few milliseconds for a save to wait behind.
 *
 * Only on Linux, where this was measured. Elsewhere a file is written and removed in one go: macOS turns each flush
 * into a full flush of the drive's cache (F_FULLFSYNC), a cost with nothing known to gain.
 */
import { closeSync, constants, fdatasyncSync, fstatSync, ftruncateSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';

const PACED = process.platform === 'linux';

/** How much a removal frees per step (each step a truncate and a flush). */
const REMOVE_STEP_BYTES = 16 * 2 ** 20;

/** How much `writePaced` writes between flushes. */
const WRITE_STEP_BYTES = 8 * 2 ** 20;

/**
 * Remove a file by shrinking it `REMOVE_STEP_BYTES` at a time, flushing after each step, then unlinking it. A
 * missing file is fine (like `rmSync(path, { force: true })`). Only a plain file with no other name is shrunk: a
 * link is only unlinked, so whatever else it names keeps its bytes. The steps block: the app calls it on the vault
 * worker. Returns how many steps it took (0: only unlinked).
 */
export function removeGradually(path: string): number {
  if (!PACED) {
    rmSync(path, { force: true });
    return 0;
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    // Gone already; or a link, a folder, a file not ours to write: removed (or refused) as rmSync does it.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(path, { force: true });
    return 0;
  }
  let steps = 0;
  try {
    const stat = fstatSync(fd);
    for (let size = stat.isFile() && stat.nlink === 1 ? stat.size : 0; size > 0; steps++) {
      size = Math.max(0, size - REMOVE_STEP_BYTES);
      ftruncateSync(fd, size);
      fdatasyncSync(fd);
    }
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
  return steps;
}

/** Write all of `bytes` to `fd`, flushing every `WRITE_STEP_BYTES` (the caller flushes the end). */
export function writePaced(fd: number, bytes: Uint8Array): void {
  const step = PACED ? WRITE_STEP_BYTES : bytes.length;
  for (let offset = 0; offset < bytes.length; ) {
    offset += writeSync(fd, bytes, offset, Math.min(step, bytes.length - offset));
    if (PACED && offset < bytes.length) fdatasyncSync(fd);
  }
}

/**
 * The flushing thread for `flushWhileWriting`. It opens the file only once SQLite has made it (never creates it),
 * keeps that one descriptor, counts its flushes, and closes the file only when asked to stop. It never throws: an
 * uncaught error in a thread is thrown again in the thread that started it.
 */
const FLUSHER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { path, state, everyMs } = workerData;
const flags = new Int32Array(state);
let fd = -1;
try {
  while (Atomics.load(flags, 0) === 0) {
    try {
      if (fd < 0) fd = fs.openSync(path, 'r+');
      fs.fdatasyncSync(fd);
      Atomics.add(flags, 2, 1);
    } catch {}
    Atomics.wait(flags, 0, 0, everyMs);
  }
  if (fd >= 0) fs.closeSync(fd);
} catch {
} finally {
  Atomics.store(flags, 1, 1);
  Atomics.notify(flags, 1);
}
`;

/** How long `stop()` waits for the flushing thread to close the file (it only ever has one flush to finish). */
const STOP_WAIT_MS = 10_000;

export interface Flusher {
  /**
   * Stop flushing, and return once the thread has closed the file, with how many flushes it made. The caller still
   * fsyncs the file once. Should the thread not answer within STOP_WAIT_MS (a flush stuck on a failing disk), it is
   * left to finish on its own: a thread cannot be stopped inside a system call.
   */
  stop(): { flushes: number };
}

/**
 * Flush `path` every `everyMs` from a thread of its own while another call writes it synchronously (`VACUUM INTO`
 * cannot be stepped), when it is on the same disk as `beside` (the vault's database: the saves that would wait are
 * there; a copy to a USB stick is not paced). Call `stop()` only after that call returned: closing a descriptor
 * drops the process's POSIX locks on the file, which must not happen while SQLite still has it open.
 */
export function flushWhileWriting(path: string, beside: string, everyMs = 50): Flusher {
  if (!PACED || statSync(dirname(path)).dev !== statSync(beside).dev) return { stop: () => ({ flushes: 0 }) };
  const state = new SharedArrayBuffer(12); // [0]: 1 once stop is asked; [1]: 1 once the thread is done; [2]: flushes
  const flags = new Int32Array(state);
  const worker = new Worker(FLUSHER, { eval: true, workerData: { path, state, everyMs } });
  worker.on('error', () => {}); // a thread that could not start: nothing was flushed, and the copy goes on
  worker.unref();
  let stopped = false;
  return {
    stop() {
      if (!stopped) {
        stopped = true;
        Atomics.store(flags, 0, 1);
        Atomics.notify(flags, 0);
        Atomics.wait(flags, 1, 0, STOP_WAIT_MS);
      }
      return { flushes: Atomics.load(flags, 2) };
    },
  };
}
