import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src/core/db/migrations';
import type { NewEventInput } from '../../src/shared/timeline';
import { newVault, openVaultFile, PASSPHRASE, type VaultFile } from './helpers';


const kept = (db: VaultFile) => db.prepare('SELECT month, kind, valence, n FROM timeline_month_counts ORDER BY month, kind, valence').all();
const grouped = (db: VaultFile) =>
  db
    .prepare(
      `SELECT substr(start_date, 1, 7) AS month, kind, valence, count(*) AS n FROM timeline_events
        WHERE deleted_at IS NULL GROUP BY month, kind, valence ORDER BY month, kind, valence`,
    )
    .all();

describe('migration 006: insights counts', () => {
  it('backfills the live events by month, kind and valence, and the triggers keep them exact', async () => {
    const v = await newVault();
    const event = (title: string, startDate: string, kind: NewEventInput['kind'] = 'memory', valence = 0) =>
      v.core.timeline.create({ kind, title, startDate, author: 'both', valence });
    const first = await event('Lanterns by the lake', '2025-12-24', 'memory', 2);
    await event('Paper boats', '2025-12-30', 'memory', 2);
    await event('A long quiet walk', '2026-01-03', 'quality_time', 1);
    const hard = await event('The argument about the car', '2026-01-10', 'hard_moment', -2);
    await event('Talking it through', '2026-01-11', 'repair', 1);
    const gone = await event('Trashed before the migration', '2026-01-12', 'memory', 0);
    await v.core.timeline.remove({ id: gone.id });
    await v.core.vaults.lock();

    // Take the vault back to version 5, as a vault made before this migration would be.
    const old = openVaultFile(v.dir, v.recoveryCode);
    old.exec(`
      DROP TRIGGER timeline_month_counts_insert;
      DROP TRIGGER timeline_month_counts_delete;
      DROP TRIGGER timeline_month_counts_update;
      DROP TABLE timeline_month_counts;
    `);
    old.pragma('user_version = 5');
    expect(migrate(old, MIGRATIONS.slice(0, 6))).toBe(6);
    expect(kept(old)).toEqual(grouped(old));
    expect(kept(old)).toHaveLength(4);
    expect(old.prepare('SELECT sum(n) AS n FROM timeline_month_counts').get()).toEqual({ n: 5 });
    // Everything later migrations made is still in the file: mark it current again.
    old.pragma(`user_version = ${LATEST_VERSION}`);
    old.close();

    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    const db = openVaultFile(v.dir, v.recoveryCode);
    const same = () => expect(kept(db)).toEqual(grouped(db));
    const edit = async (id: string, change: Partial<NewEventInput>) => {
      const now = await v.core.timeline.get({ id });
      await v.core.timeline.update({
        id,
        expectedVersion: now.version,
        kind: now.kind,
        title: now.title,
        body: now.body,
        startDate: now.startDate,
        endDate: now.endDate,
        author: now.author,
        valence: now.valence,
        ...change,
      });
      same();
    };

    const added = await event('A new month', '2026-03-01', 'milestone', 2);
    same();
    expect(kept(db)).toContainEqual({ month: '2026-03', kind: 'milestone', valence: 2, n: 1 });
    await event('Another in it', '2026-03-15', 'milestone', 2);
    same();
    await edit(added.id, { startDate: '2026-04-02' }); // to another month
    expect(kept(db)).toContainEqual({ month: '2026-04', kind: 'milestone', valence: 2, n: 1 });
    await edit(added.id, { startDate: '2026-04-20' }); // within the month
    await edit(added.id, { kind: 'memory' });
    await edit(added.id, { valence: -1 });
    await edit(added.id, { title: 'Only the words change' });
    await edit(first.id, { startDate: '2024-06-01', kind: 'other', valence: 0 });
    expect(kept(db).some((r) => (r as { month: string }).month === '2025-12')).toBe(true);

    await v.core.timeline.remove({ id: hard.id });
    same();
    await v.core.timeline.restore({ id: hard.id });
    same();
    await v.core.timeline.remove({ id: hard.id });
    same();
    await v.core.timeline.deleteForever({ id: hard.id });
    same();
    await v.core.timeline.restore({ id: gone.id });
    same();
    await v.core.timeline.remove({ id: added.id });
    await v.core.timeline.deleteForever({ id: added.id });
    same();
    // No bucket is ever left at zero.
    expect(db.prepare('SELECT count(*) AS n FROM timeline_month_counts WHERE n <= 0').get()).toEqual({ n: 0 });
    db.close();
  });
});
