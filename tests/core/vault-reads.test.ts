import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { runJob } from '../../src/core/worker/jobs';
import type { JobResults } from '../../src/core/worker/protocol';
import { newVault, PASSPHRASE } from './helpers';

const pass = (passphrase: string) => ({ kind: 'passphrase' as const, passphrase });

/** How many of this process's open files are the vault's database, its WAL or its shared memory (Linux: /proc/self/fd). */
function openDatabaseFiles(dir: string): number {
  const database = join(dir, 'hearth.db');
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(database);
    } catch {
      return false; // closed while being listed
    }
  }).length;
}

const entry = (title: string, body: string) => ({ kind: 'memory' as const, title, body, startDate: '2026-05-01', author: 'both' as const, tags: [] });

describe('a read job keeps its connection (worker/reads.ts)', () => {
  it('opens it for the first read, keeps it for the next, opens it again when asked fresh or after a release', async () => {
    const v = await newVault();
    await v.core.timeline.create(entry('Lantern walk', 'We carried a lantern up the hill.'));
    const input = (fresh: boolean) => ({
      job: { kind: 'read' as const, context: { fresh, now: Date.now(), language: 'en' as const }, query: { what: 'search' as const, text: 'lantern', limit: 10 } },
      database: join(v.dir, 'hearth.db'),
      key: decodeRecoveryCode(v.recoveryCode),
    });
    const search = async (fresh: boolean) => (await runJob(input(fresh), () => {})) as JobResults['read'];
    const release = async () => ((await runJob({ job: { kind: 'read-release' }, database: '', key: new Uint8Array(0) }, () => {})) as JobResults['read-release']).released;
    try {
      expect(await search(false)).toMatchObject({ opened: true, value: [expect.objectContaining({ kind: 'timeline' })] });
      expect((await search(false)).opened).toBe(false);
      expect((await search(true)).opened).toBe(true);
      expect(await release()).toBe(true);
      expect(await release()).toBe(false);
      expect((await search(false)).opened).toBe(true);
    } finally {
      await release();
    }
  });
});

describe('the reads keep a connection of their own between reads (worker/vault-reader.ts)', () => {
  it('sees every save made since the last search', async () => {
    const v = await newVault();
    await v.core.timeline.create(entry('Lantern walk', 'We carried a lantern up the hill.'));
    expect((await v.core.search.query({ text: 'lantern' })).total).toBe(1);
    await v.core.timeline.create(entry('Second lantern', 'Another lantern, by the river.'));
    expect((await v.core.search.query({ text: 'lantern' })).total).toBe(2);
  });

  it.runIf(process.platform === 'linux')('leaves no file of the vault open after a lock (the reads\' connection included)', async () => {
    const v = await newVault();
    await v.core.timeline.create(entry('Lantern walk', 'We carried a lantern up the hill.'));
    await v.core.search.query({ text: 'lantern' });
    expect(openDatabaseFiles(v.dir)).toBeGreaterThan(0);
    await v.core.vaults.lock();
    await expect.poll(() => openDatabaseFiles(v.dir)).toBe(0);
  });

  it('a re-key closes it first (SQLCipher needs the file to itself), and the next search opens it with the new key', async () => {
    const v = await newVault();
    await v.core.timeline.create(entry('Lantern walk', 'We carried a lantern up the hill.'));
    expect((await v.core.search.query({ text: 'lantern' })).total).toBe(1);
    await v.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    expect((await v.core.search.query({ text: 'lantern' })).total).toBe(1);
  });

  it('the insights page and the therapy export read on their workers and see the latest saves', async () => {
    const v = await newVault();
    await v.core.timeline.create(entry('Lantern walk', 'We carried a lantern up the hill.'));
    expect((await v.core.therapyExport.candidates({ kinds: ['timeline'] })).map((c) => c.title)).toEqual(['Lantern walk']);
    const before = (await v.core.insights.all({})).timeline;
    await v.core.timeline.create(entry('Kite day', 'The kite stayed up all afternoon.'));
    expect((await v.core.therapyExport.candidates({ kinds: ['timeline'] })).map((c) => c.title).sort()).toEqual(['Kite day', 'Lantern walk']);
    expect((await v.core.insights.all({})).timeline).not.toEqual(before);
    const preview = await v.core.therapyExport.preview({ selection: { kinds: ['timeline'] } });
    expect(preview.items).toBe(3); // the overview page and the two entries
  });

  it('a restore closes it, and the next search reads the restored file, not the one before', async () => {
    const v = await newVault();
    await v.core.timeline.create(entry('Lantern walk', 'We carried a lantern up the hill.'));
    const backup = await v.core.backups.backupNow('vault');
    await v.core.timeline.create(entry('Kite day', 'The kite stayed up all afternoon.'));
    expect((await v.core.search.query({ text: 'kite' })).total).toBe(1);
    await v.core.backups.restore({ id: backup.backup!.id });
    expect((await v.core.search.query({ text: 'kite' })).total).toBe(0);
    expect((await v.core.search.query({ text: 'lantern' })).total).toBe(1);
  });
});
