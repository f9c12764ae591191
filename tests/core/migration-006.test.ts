import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import type { NewEventInput } from '../../src/shared/timeline';
import { copyOldVault, expectSchema5Content, OLD_VAULTS, openOldVaultFile, type Schema5Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore, type VaultFile } from './helpers';

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
    // Made by Hearth at ac73a62, the last commit before this migration (tests/fixtures/vaults/make-vault-schema5to7.mts):
    // live events in five month, kind and valence buckets, one more in the trash, and every other kind of content.
    const vault = copyOldVault<Schema5Ids>(OLD_VAULTS.schema5);
    const { ids } = vault.contents;
    const old = openOldVaultFile(vault);
    expect(old.pragma('user_version', { simple: true })).toBe(5);
    expect(migrate(old, MIGRATIONS.slice(0, 6))).toBe(6);
    expect(kept(old)).toEqual(grouped(old));
    expect(kept(old)).toEqual([
      { month: '2020-01', kind: 'memory', valence: 0, n: 2 },
      { month: '2025-12', kind: 'memory', valence: 2, n: 2 },
      { month: '2026-01', kind: 'hard_moment', valence: -2, n: 1 },
      { month: '2026-01', kind: 'quality_time', valence: 1, n: 1 },
      { month: '2026-01', kind: 'repair', valence: 1, n: 1 },
    ]);
    expect(old.prepare('SELECT sum(n) AS n FROM timeline_month_counts').get()).toEqual({ n: 7 });
    old.close();

    // Today's core takes it the rest of the way and shows everything the version 5 Hearth wrote.
    const v = newCore();
    await unlockOldVault(v, vault);
    await expectSchema5Content(v, vault.contents);
    const event = (title: string, startDate: string, kind: NewEventInput['kind'] = 'memory', valence = 0) =>
      v.core.timeline.create({ kind, title, startDate, author: 'both', valence });
    const db = openOldVaultFile(vault);
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
    await edit(ids.lanterns, { startDate: '2024-06-01', kind: 'other', valence: 0 });
    expect(kept(db).some((r) => (r as { month: string }).month === '2025-12')).toBe(true);

    await v.core.timeline.remove({ id: ids.hard });
    same();
    await v.core.timeline.restore({ id: ids.hard });
    same();
    await v.core.timeline.remove({ id: ids.hard });
    same();
    await v.core.timeline.deleteForever({ id: ids.hard });
    same();
    await v.core.timeline.restore({ id: ids.trashed });
    same();
    await v.core.timeline.remove({ id: added.id });
    await v.core.timeline.deleteForever({ id: added.id });
    same();
    // No bucket is ever left at zero.
    expect(db.prepare('SELECT count(*) AS n FROM timeline_month_counts WHERE n <= 0').get()).toEqual({ n: 0 });
    db.close();
  });
});
