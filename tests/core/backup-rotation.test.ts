import { describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../../src/main/core/backup/rotation';
import { newVault, PASSPHRASE } from './helpers';

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
