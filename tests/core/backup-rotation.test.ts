import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBackup } from '../../src/core/backups/backup-files';
import { selectBackupsToKeep } from '../../src/core/backups/rotation';
import { newVault, PASSPHRASE, tempDir } from './helpers';

const DAY = 86_400_000;
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

/** One backup a day at 10:00 UTC from `first` to `last`, inclusive. */
function everyDay(first: string, last: string): Date[] {
  const out: Date[] = [];
  for (let t = Date.parse(`${first}T10:00:00Z`); t <= Date.parse(`${last}T10:00:00Z`); t += DAY) out.push(new Date(t));
  return out;
}

describe('selectBackupsToKeep', () => {
  it('keeps the last 7 days, 4 weeks and 6 months over a year of daily backups', () => {
    const dates = everyDay('2025-01-01', '2026-02-04'); // 2026-02-04 is a Wednesday
    const kept = selectBackupsToKeep(dates, new Date('2026-02-04T12:00:00Z'));
    expect(iso(kept)).toEqual([
      // daily: the last seven days
      '2026-02-04', '2026-02-03', '2026-02-02', '2026-02-01', '2026-01-31', '2026-01-30', '2026-01-29',
      // weekly: the newest of each of the last four weeks (Sundays end weeks; this week's and last week's newest are already kept)
      '2026-01-25', '2026-01-18',
      // monthly: the newest of each of the last six months (February and January are already kept)
      '2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30',
    ]);
  });

  it('keeps only the newest backup of a day', () => {
    const dates = [new Date('2026-03-01T08:00:00Z'), new Date('2026-03-01T20:00:00Z'), new Date('2026-03-01T12:00:00Z')];
    expect(selectBackupsToKeep(dates, new Date('2026-03-02T00:00:00Z'))).toEqual([dates[1]]);
  });

  it('counts days that have a backup, not calendar days: a long gap loses nothing recent', () => {
    const dates = [...everyDay('2025-01-01', '2025-01-10'), ...everyDay('2025-08-01', '2025-08-02')];
    const kept = iso(selectBackupsToKeep(dates, new Date('2026-01-01T00:00:00Z')));
    expect(kept).toEqual(['2025-08-02', '2025-08-01', '2025-01-10', '2025-01-09', '2025-01-08', '2025-01-07', '2025-01-06', '2025-01-05']);
  });

  it('never drops a backup dated after now (a clock set back), and keeps everything when there are few', () => {
    const future = new Date('2030-01-01T00:00:00Z');
    const dates = [future, ...everyDay('2026-01-01', '2026-01-03')];
    expect(selectBackupsToKeep(dates, new Date('2026-01-03T12:00:00Z'))).toHaveLength(4);
    expect(selectBackupsToKeep([], new Date())).toEqual([]);
  });

  it('never keeps more than 17 copies, however long it runs', () => {
    const dates = everyDay('2015-01-01', '2026-12-31');
    expect(selectBackupsToKeep(dates, new Date('2027-01-01T00:00:00Z')).length).toBeLessThanOrEqual(17);
  });
});

describe('filing a finished copy', () => {
  it('notes it in the manifest, verified when the job ended, and thins out old copies but the newest of each kept kind', () => {
    const vaultDir = tempDir();
    const backups = join(vaultDir, 'backups');
    mkdirSync(backups, { mode: 0o700 });
    // Ten daily copies, 10 to 19 November, and a year-old pre-migration, pre-restore and manual copy (two of those).
    const daily = Array.from({ length: 10 }, (_, i) => `hearth-2026-11-${10 + i}T10-00-00Z.db`);
    const old = ['pre-migration', 'pre-restore', 'manual'].map((k) => `hearth-2025-11-01T10-00-00Z-${k}.db`);
    const olderManual = 'hearth-2025-11-01T09-00-00Z-manual.db';
    for (const name of [...daily, ...old, olderManual]) writeFileSync(join(backups, name), 'copy');

    const entry = fileBackup({ vaultDir, id: daily[9]!, kind: 'daily', createdAt: '2026-11-19T10:00:00.000Z', thin: true }, 4_200);
    expect(entry).toEqual({ kind: 'daily', createdAt: '2026-11-19T10:00:00.000Z', verifiedAt: '2026-11-19T10:00:04.200Z' });
    // Seven days kept (13–19; the newest of the week before, the 15th, and of the month are among them), and the
    // newest pre-migration, pre-restore and manual copy whatever their age; the older manual copy goes.
    expect(readdirSync(backups).sort()).toEqual(['backups.json', ...old, ...daily.slice(3)].sort());
    expect(JSON.parse(readFileSync(join(backups, 'backups.json'), 'utf8')).backups).toEqual({ [daily[9]!]: entry });
  });

  it('thins nothing out when asked only to note the copy', () => {
    const vaultDir = tempDir();
    const backups = join(vaultDir, 'backups');
    mkdirSync(backups, { mode: 0o700 });
    const daily = Array.from({ length: 10 }, (_, i) => `hearth-2026-11-${10 + i}T10-00-00Z.db`);
    for (const name of daily) writeFileSync(join(backups, name), 'copy');
    fileBackup({ vaultDir, id: daily[9]!, kind: 'daily', createdAt: '2026-11-19T10:00:00.000Z', thin: false }, 0);
    expect(readdirSync(backups).filter((n) => n.endsWith('.db'))).toHaveLength(10);
  });
});

describe('automatic backups over simulated months', () => {
  it('thins the vault’s backups folder to the policy as days go by, never thinning out the newest manual copy', async () => {
    const v = await newVault();
    const secret = { kind: 'passphrase' as const, passphrase: PASSPHRASE };
    const manual = (await v.core.backups.backupNow('vault')).backup!;
    for (let day = 0; day < 130; day++) {
      v.clock.advance(DAY);
      await v.core.vaults.lock();
      await v.core.vaults.unlock({ vaultId: v.vaultId, secret });
      await new Promise((resolve) => setImmediate(resolve));
      // Open long enough for the day's copy to be made (a lock would cancel a copy still being made).
      await v.core.backups.list();
    }
    const list = await v.core.backups.list();
    // Thinning day by day leaves exactly what one look at the whole history would keep.
    const made = [new Date(manual.createdAt), ...everyDay('2026-11-27', v.clock.now().toISOString().slice(0, 10))];
    expect(made).toHaveLength(131);
    const expected = new Set([...selectBackupsToKeep(made, v.clock.now()), made[0]!].map((d) => d.toISOString()));
    expect(list.map((b) => b.createdAt)).toEqual([...expected].sort().reverse());
    const daily = list.filter((b) => b.kind === 'daily');
    expect(daily.length).toBeGreaterThanOrEqual(7 + 2 + 3);
    expect(daily.length).toBeLessThanOrEqual(17);
    // The newest "Back up now" copy is never thinned out, however old.
    expect(list.map((b) => b.id)).toContain(manual.id);
    expect(list.every((b) => b.verifiedAt !== null)).toBe(true);
  });
});
