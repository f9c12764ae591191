import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writePaced } from './paced-disk';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Write a whole file so that a crash leaves either the old or the new content, never a mix. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // A big file (a full export) is flushed as it is written, so no save waits behind it (paced-disk.ts).
    writePaced(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(path));
}

/**
 * `writeFileAtomic` for the main thread: the same steps on libuv's thread pool, so the event loop never waits for the
 * disk. An fsync usually takes a fraction of a millisecond, but tens of milliseconds when another thread (a backup, the
 * index worker's checkpoint) is flushing at the same time: a frame or two the window would drop.
 */
export async function writeFileAtomicAsync(path: string, data: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temp, 'wx', FILE_MODE);
  try {
    await file.writeFile(data, 'utf8');
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (process.platform === 'win32') return;
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Make a rename durable: fsync the folder that holds it (not possible on Windows, where it is not needed). */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
