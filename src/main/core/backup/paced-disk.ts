/**
 * Writing and removing a whole vault copy (about 200 MB at 50,000 entries) in small flushed steps, so that the main
 * thread's saves never wait behind it.
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
import { closeSync, constants, fdatasyncSync, fstatSync, ftruncateSync, openSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const PACED = process.platform === 'linux';

/** How much a removal frees per step (each step a truncate and a flush). */
const REMOVE_STEP_BYTES = 16 * 2 ** 20;

/**
 * Remove a file by shrinking it `REMOVE_STEP_BYTES` at a time, flushing after each step, then unlinking it. A
 * missing file is fine (like `rmSync(path, { force: true })`). Only a plain file with no other name is shrunk: a
 * link is only unlinked, so whatever else it names keeps its bytes. For the worker thread: the steps block.
 */
export function removeGradually(path: string): void {
  if (!PACED) return rmSync(path, { force: true });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    // Gone already; or a link, a folder, a file not ours to write: removed (or refused) as rmSync does it.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(path, { force: true });
    return;
  }
  try {
    const stat = fstatSync(fd);
    for (let size = stat.isFile() && stat.nlink === 1 ? stat.size : 0; size > 0; ) {
      size = Math.max(0, size - REMOVE_STEP_BYTES);
      ftruncateSync(fd, size);
      fdatasyncSync(fd);
    }
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}

/**
 * The flushing thread for `flushWhileWriting`. It opens the file only once SQLite has made it (never creates it),
 * keeps that one descriptor, and closes it only when asked to stop.
 */
const FLUSHER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { path, state, everyMs } = workerData;
const flags = new Int32Array(state);
let fd = -1;
while (Atomics.load(flags, 0) === 0) {
  try {
    if (fd < 0) fd = fs.openSync(path, 'r+');
    fs.fdatasyncSync(fd);
  } catch {}
  Atomics.wait(flags, 0, 0, everyMs);
}
if (fd >= 0) fs.closeSync(fd);
Atomics.store(flags, 1, 1);
Atomics.notify(flags, 1);
`;

/** How long `stop()` waits for the flushing thread to close the file (it only ever has one flush to finish). */
const STOP_WAIT_MS = 10_000;

export interface WriteBehind {
  /** Stop flushing, and return once the thread has closed the file. The caller still fsyncs the file once. */
  stop(): void;
}

/**
 * Flush `path` every `everyMs` from a thread of its own while another call writes it synchronously (`VACUUM INTO`
 * cannot be stepped). Call `stop()` only after that call returned: closing a descriptor drops the process's POSIX
 * locks on the file, which must not happen while SQLite still has it open.
 */
export function flushWhileWriting(path: string, everyMs = 50): WriteBehind {
  if (!PACED) return { stop() {} };
  const state = new SharedArrayBuffer(8); // [0]: 1 once stop is asked; [1]: 1 once the file is closed
  const flags = new Int32Array(state);
  const worker = new Worker(FLUSHER, { eval: true, workerData: { path, state, everyMs } });
  worker.unref();
  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      Atomics.store(flags, 0, 1);
      Atomics.notify(flags, 0);
      // The thread starts on its own, sees the flag and closes; only if it never could start is it ended here.
      if (Atomics.wait(flags, 1, 0, STOP_WAIT_MS) === 'timed-out') void worker.terminate();
    },
  };
}
