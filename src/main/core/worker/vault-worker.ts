/**
 * The worker thread's entry (built to out/main/worker.js; run from source in tests through run-job.ts). It runs
 * jobs one at a time, posts progress lines, posts each result or error, and wipes each job's copy of the data key.
 */
import { parentPort } from 'node:worker_threads';
import { HearthError } from '../../../shared/errors';
import { runJob } from './jobs';
import type { JobInput, WorkerError, WorkerMessage } from './protocol';

function describe(error: unknown): WorkerError {
  if (error instanceof HearthError) return { name: error.name, message: error.message, hearth: { code: error.code, ...(error.details ? { details: error.details } : {}) } };
  const e = error as { name?: string; message?: string; code?: unknown };
  return { name: e?.name ?? 'Error', message: e?.message ?? String(error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) };
}

const port = parentPort!;
let queue: Promise<void> = Promise.resolve();

// One job at a time, in the order they came.
port.on('message', ({ id, input }: { id: number; input: JobInput }) => {
  const post = (message: WorkerMessage) => port.postMessage({ ...message, id });
  queue = queue.then(async () => {
    try {
      const value = await runJob(input, (phase) => post({ type: 'progress', phase }));
      post({ type: 'done', value });
    } catch (error) {
      post({ type: 'error', error: describe(error) });
    } finally {
      input.key.fill(0);
    }
  });
});
