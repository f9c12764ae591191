import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { SUMMARY_COLUMNS } from '../../src/core/timeline/timeline-repository';
import { newVault, openVaultFile, PASSPHRASE, type VaultFile } from './helpers';


const excerpts = (db: VaultFile) => db.prepare('SELECT title, excerpt FROM timeline_events ORDER BY title').all();
const LONG = 'We walked to the lake at dusk. '.repeat(12);

describe('migration 008: the timeline list reads one index', () => {
  it('backfills the excerpt, keeps it with every write, and pages without reading the events', async () => {
    const v = await newVault();
    const a = await v.core.timeline.create({ kind: 'memory', title: 'A walk', body: LONG, startDate: '2020-01-01', author: 'both' });
    await v.core.timeline.create({ kind: 'memory', title: 'Boats', body: 'Paper boats.', startDate: '2020-01-02', author: 'both' });
    await v.core.vaults.lock();

    // Back to version 7, as a vault made before this migration would be.
    const db = openVaultFile(v.dir, v.recoveryCode);
    db.exec(`
      DROP TRIGGER timeline_excerpt_insert; DROP TRIGGER timeline_excerpt_update; DROP INDEX timeline_live_list;
      ALTER TABLE timeline_events DROP COLUMN excerpt;
      CREATE INDEX timeline_live_by_date ON timeline_events (start_date, id) WHERE deleted_at IS NULL;
    `);
    db.pragma('user_version = 7');
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toBe(8);
    expect(excerpts(db)).toEqual([
      { title: 'A walk', excerpt: LONG.slice(0, 240) },
      { title: 'Boats', excerpt: 'Paper boats.' },
    ]);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT ${SUMMARY_COLUMNS} FROM timeline_events e INDEXED BY timeline_live_list WHERE e.deleted_at IS NULL AND (e.start_date, e.id) < (?, ?) ORDER BY e.start_date DESC, e.id DESC LIMIT ?`)
      .all('2030-01-01', '', 10) as { detail: string }[];
    expect(plan[0]!.detail).toMatch(/COVERING INDEX timeline_live_list/);
    db.pragma(`user_version = ${LATEST_VERSION}`);
    db.close();

    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await v.core.timeline.update({ id: a.id, expectedVersion: 1, kind: 'memory', title: 'A walk', body: 'Short now.', startDate: '2020-01-01', author: 'both' });
    await v.core.timeline.create({ kind: 'memory', title: 'Candles', body: LONG, startDate: '2020-01-03', author: 'both' });
    expect((await v.core.timeline.list({})).items.map((e) => e.excerpt)).toEqual([LONG.slice(0, 240), 'Paper boats.', 'Short now.']);
    const after = openVaultFile(v.dir, v.recoveryCode);
    expect(excerpts(after)).toEqual([
      { title: 'A walk', excerpt: 'Short now.' },
      { title: 'Boats', excerpt: 'Paper boats.' },
      { title: 'Candles', excerpt: LONG.slice(0, 240) },
    ]);
    after.close();
  });
});
