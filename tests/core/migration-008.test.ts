import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { SUMMARY_COLUMNS } from '../../src/core/timeline/timeline-repository';
import { copyOldVault, expectSchema5Content, OLD_VAULTS, openOldVaultFile, type Schema5Ids, unlockOldVault } from '../fixtures/vaults/old-vaults';
import { newCore, type VaultFile } from './helpers';

const excerpts = (db: VaultFile) => db.prepare('SELECT title, excerpt FROM timeline_events ORDER BY title').all();
const LONG = 'We walked to the lake at dusk. '.repeat(12);
/** The fixture's other events, with the excerpts their bodies give (all shorter than 240 characters). */
const OTHERS = [
  { title: 'A long quiet walk', excerpt: '' },
  { title: 'Lanterns by the lake', excerpt: 'Paper lanterns drifting over the water.' },
  { title: 'Paper boats', excerpt: '' },
  { title: 'Talking it through', excerpt: 'Tea, and the whole story from both sides.' },
  { title: 'The argument about the car', excerpt: 'We both said things too fast.' },
  { title: 'Trashed before the migration', excerpt: 'A note we threw away.' },
];
const byTitle = (rows: { title: string; excerpt: string }[]) => [...rows].sort((a, b) => (a.title < b.title ? -1 : 1));

describe('migration 008: the timeline list reads one index', () => {
  it('backfills the excerpt, keeps it with every write, and pages without reading the events', async () => {
    // Made by Hearth at 447e4e3, the last commit before this migration (tests/fixtures/vaults/make-vault-schema5to7.mts):
    // "A walk" (a body of 372 characters) and "Boats" in January 2020, six more events (one in the trash), and every
    // other kind of content.
    const vault = copyOldVault<Schema5Ids>(OLD_VAULTS.schema7);
    const { ids } = vault.contents;
    const db = openOldVaultFile(vault);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toBe(8);
    expect(excerpts(db)).toEqual(byTitle([{ title: 'A walk', excerpt: LONG.slice(0, 240) }, { title: 'Boats', excerpt: 'Paper boats.' }, ...OTHERS]));
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT ${SUMMARY_COLUMNS} FROM timeline_events e INDEXED BY timeline_live_list WHERE e.deleted_at IS NULL AND (e.start_date, e.id) < (?, ?) ORDER BY e.start_date DESC, e.id DESC LIMIT ?`)
      .all('2030-01-01', '', 10) as { detail: string }[];
    expect(plan[0]!.detail).toMatch(/COVERING INDEX timeline_live_list/);
    db.close();

    // Today's core takes it from here and shows everything the version 7 Hearth wrote.
    const v = newCore();
    await unlockOldVault(v, vault);
    await expectSchema5Content(v, vault.contents);
    await v.core.timeline.update({ id: ids.longWalk, expectedVersion: 1, kind: 'memory', title: 'A walk', body: 'Short now.', startDate: '2020-01-01', author: 'both' });
    await v.core.timeline.create({ kind: 'memory', title: 'Candles', body: LONG, startDate: '2020-01-03', author: 'both' });
    const january2020 = await v.core.timeline.list({ filter: { from: '2020-01-01', to: '2020-01-31' } });
    expect(january2020.items.map((e) => e.excerpt)).toEqual([LONG.slice(0, 240), 'Paper boats.', 'Short now.']);
    const after = openOldVaultFile(vault);
    expect(excerpts(after)).toEqual(
      byTitle([{ title: 'A walk', excerpt: 'Short now.' }, { title: 'Boats', excerpt: 'Paper boats.' }, { title: 'Candles', excerpt: LONG.slice(0, 240) }, ...OTHERS]),
    );
    after.close();
  });
});
