/**
 * The unlocked vault's saves are flushed to the disk by a thread of their own, just after they commit (issue 20).
 *
 * Why: with `synchronous = FULL` every commit waited for an fsync of the WAL on the main thread, and on ext4 that
 * fsync waits for a journal commit: 1–4 ms of each save, and longer behind other writers (paced-disk.ts). The main
 * connection now commits with `synchronous = NORMAL` (the WAL is written, not flushed; SQLite keeps the file
 * consistent either way) and asks this thread to flush the WAL once the call that wrote has answered.
 *
 * What it costs: a save is in the operating system's cache when the call answers and on the disk a few
 * milliseconds later. A crash of Hearth itself loses nothing (the kernel has the bytes); only a power cut or a
 * crash of the whole system within those milliseconds can lose that last save, and the vault still opens as it was
 * before it. A lock flushes one last time before the connection closes (`close`).
 */
import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * The thread: waits until the asked count ([0]) passes the flushed count ([1]), flushes, stores the count it
 * flushed for (and counts its flushes in [4]), and stops when [2] is set. It opens the WAL only once SQLite has made it (never creates it) and keeps
 * that one descriptor (SQLite holds no POSIX lock on the WAL, so closing it drops none). It never throws: an
 * uncaught error in a thread is thrown again in the thread that started it.
 */
const THREAD = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { path, state } = workerData;
const flags = new Int32Array(state);
let fd = -1;
try {
  while (Atomics.load(flags, 2) === 0) {
    const asked = Atomics.load(flags, 0);
    if (asked === Atomics.load(flags, 1)) {
      Atomics.wait(flags, 0, asked);
      continue;
    }
    try {
      if (fd < 0) fd = fs.openSync(path, 'r+');
      fs.fdatasyncSync(fd);
      Atomics.add(flags, 4, 1);
    } catch {}
    Atomics.store(flags, 1, asked);
  }
} catch {
} finally {
  try { if (fd >= 0) fs.closeSync(fd); } catch {}
  Atomics.store(flags, 3, 1);
  Atomics.notify(flags, 3);
}
`;

/** How long `close` waits for the thread (it only ever has one flush to finish). */
const CLOSE_WAIT_MS = 10_000;

export class WalSync {
  readonly #path: string;
  /** [0] flushes asked, [1] the asked count last flushed for, [2] stop, [3] the thread has ended, [4] flushes made. */
  readonly #flags = new Int32Array(new SharedArrayBuffer(20));
  #thread: Worker | null = null;

  constructor(walPath: string) {
    this.#path = walPath;
  }

  /** Flush the WAL soon, on the thread (started on the first call). Returns at once. */
  request(): void {
    if (Atomics.load(this.#flags, 2) !== 0) return;
    if (!this.#thread) {
      try {
        this.#thread = new Worker(THREAD, { eval: true, workerData: { path: this.#path, state: this.#flags.buffer } });
        this.#thread.on('error', () => {}); // a thread that could not start: `close` flushes on this thread
        this.#thread.unref();
      } catch {
        this.#flushHere();
        return;
      }
    }
    Atomics.add(this.#flags, 0, 1);
    Atomics.notify(this.#flags, 0);
  }

  /** Whether every flush asked for is done, and how many flushes were made (for tests). */
  get settled(): boolean {
    return Atomics.load(this.#flags, 0) === Atomics.load(this.#flags, 1);
  }

  get flushes(): number {
    return Atomics.load(this.#flags, 4);
  }

  /**
   * Stop the thread once it has finished the flush it is in, then flush here: after this, every save made before is
   * on the disk. Call it before the connection closes.
   */
  close(): void {
    const asked = Atomics.load(this.#flags, 0);
    Atomics.store(this.#flags, 2, 1);
    if (this.#thread) {
      Atomics.notify(this.#flags, 0);
      Atomics.wait(this.#flags, 3, 0, CLOSE_WAIT_MS);
      this.#thread = null;
    }
    if (asked !== Atomics.load(this.#flags, 1)) this.#flushHere();
  }

  #flushHere(): void {
    const asked = Atomics.load(this.#flags, 0);
    try {
      const fd = openSync(this.#path, 'r+');
      try {
        fdatasyncSync(fd);
        Atomics.add(this.#flags, 4, 1);
      } finally {
        closeSync(fd);
      }
    } catch {
      // No WAL (nothing written since the last checkpoint): nothing to flush.
    }
    Atomics.store(this.#flags, 1, asked);
  }
}
