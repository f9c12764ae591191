import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HearthError } from '../../src/shared/errors';
import { defaultResourcesDir } from '../../src/core/therapyExport/export-service';
import type { ExportDocument } from '../../src/core/therapyExport/model';
import { VaultJobs } from '../../src/core/worker/run-job';
import { tempDir } from './helpers';

function documentOf(items: number): ExportDocument {
  return {
    title: 'Reflections to bring to therapy',
    titleLines: ['Everything in our journal'],
    items: Array.from({ length: items }, (_, i) => ({
      id: `item-${i}`,
      kind: 'timeline' as const,
      kindLabel: 'Timeline entry',
      date: '2026-03-10',
      title: `Moment ${i}`,
      byline: 'Written by Both of us',
      blocks: [{ type: 'note' as const, text: 'Words we wrote down together. '.repeat(120) }],
    })),
  };
}

describe('the therapy PDF on the vault worker', () => {
  it('lays out and writes the PDF off the main thread, reporting each item', async () => {
    const jobs = new VaultJobs();
    const target = join(tempDir('hearth-pdf-'), 'for-therapy.pdf');
    const done: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const result = await jobs.run(
        { kind: 'pdf', document: documentOf(30), resourcesDir: defaultResourcesDir(), target, includeNames: false },
        { onProgress: (phase, n) => phase === 'laying-out' && n !== undefined && done.push(n) },
      );
      expect(result.pages).toBeGreaterThan(30);
    } finally {
      clearInterval(timer);
      await jobs.close();
    }
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(done.at(-1)).toBe(30);
    expect(ticks).toBeGreaterThan(5);
  }, 60_000);

  it('stops between items when cancelled, writing nothing, and the worker goes on with the next job', async () => {
    const jobs = new VaultJobs();
    const dir = tempDir('hearth-pdf-');
    const abort = new AbortController();
    try {
      const job = jobs.run(
        { kind: 'pdf', document: documentOf(400), resourcesDir: defaultResourcesDir(), target: join(dir, 'cancelled.pdf'), includeNames: false },
        { signal: abort.signal, onProgress: (_phase, n) => n !== undefined && n >= 3 && abort.abort() },
      );
      const error = (await job.then(
        () => null,
        (e: unknown) => e,
      )) as HearthError | null;
      expect(error?.code).toBe('CANCELLED');
      expect(readdirSync(dir)).toEqual([]);

      const next = join(dir, 'next.pdf');
      await jobs.run({ kind: 'pdf', document: documentOf(2), resourcesDir: defaultResourcesDir(), target: next, includeNames: false }, {});
      expect(existsSync(next)).toBe(true);
    } finally {
      await jobs.close();
    }
  }, 60_000);
});
