import '../testing/dialog-shims';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../shared/backups';
import { formatDayTime } from '../lib/locale';
import { failure, installFakeHearth } from '../testing/fake-hearth';
import Backups from './Backups.svelte';
import { formatSize } from './backups.svelte';
import type { JobProgress } from '../../../shared/jobs';


const daily: BackupSummary = {
  id: 'hearth-2026-03-02T08-15-00Z.db',
  kind: 'daily',
  createdAt: '2026-03-02T08:15:00.000Z',
  sizeBytes: 1_536_000,
  verifiedAt: '2026-03-02T08:15:02.000Z',
};
const beforeUpdate: BackupSummary = {
  id: 'hearth-2026-02-20T19-00-00Z-pre-migration.db',
  kind: 'pre-migration',
  createdAt: '2026-02-20T19:00:00.000Z',
  sizeBytes: 98_304,
  verifiedAt: null,
};

/** Intl puts narrow no-break spaces in times; accessible names are compared with plain spaces. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('Settings › Backups', () => {
  it('lists each backup with its date, why it was made, its size and when it was checked', async () => {
    installFakeHearth({ 'backups.list': () => [daily, beforeUpdate] });
    render(Backups, { props: { vaultName: 'Our place' } });
    const list = await screen.findByRole('list', { name: 'Backups' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(formatDayTime(daily.createdAt));
    expect(rows[0]).toHaveTextContent(`Daily · ${formatSize(1_536_000)} · checked ${formatDayTime(daily.verifiedAt!)}`);
    expect(rows[1]).toHaveTextContent(`Before an update · ${formatSize(98_304)} · not checked yet`);
    expect(within(rows[1]!).getByRole('button', { name: plain(`Restore the backup from ${formatDayTime(beforeUpdate.createdAt)}…`) })).toBeEnabled();
  });

  it('writes sizes the way file managers do', () => {
    const n = (value: number, digits: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value);
    expect(formatSize(98_304)).toContain(n(98, 0));
    expect(formatSize(98_304)).toMatch(/kB/);
    expect(formatSize(1_536_000)).toContain(n(1.5, 1));
    expect(formatSize(1_536_000)).toMatch(/MB/);
    expect(formatSize(200)).toContain(n(1, 0));
  });

  it('says what the empty list will hold', async () => {
    installFakeHearth({ 'backups.list': () => [] });
    render(Backups, { props: { vaultName: 'Our place' } });
    expect(await screen.findByText(/No backups yet/)).toBeInTheDocument();
  });

  it('restores only after a confirmation that explains the safety copy, and shows progress meanwhile', async () => {
    const answer = deferred<unknown>();
    const safety = { ...daily, id: 'hearth-2026-03-03T10-00-00Z-pre-restore.db', kind: 'pre-restore' as const, createdAt: '2026-03-03T10:00:00.000Z' };
    let listed = [daily, beforeUpdate];
    const fake = installFakeHearth({
      'backups.list': () => listed,
      'backups.restore': () => answer.promise,
    });
    render(Backups, { props: { vaultName: 'Our place' } });
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole('button', { name: /^Restore the backup from/ }))[0]!);
    const dialog = screen.getByRole('dialog', { name: plain(`Restore the backup from ${formatDayTime(daily.createdAt)}?`) });
    expect(dialog).toHaveTextContent('Anything written after that will not be in the restored vault.');
    expect(dialog).toHaveTextContent('Before a restore');
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/restoring the backup/);
    expect(screen.getByRole('button', { name: /Back up now/ })).toBeDisabled();
    expect(fake.calls).toContainEqual({ method: 'backups.restore', arg: { id: daily.id } });

    listed = [safety, daily, beforeUpdate];
    answer.resolve({ restored: daily, safetyCopy: safety });
    expect(await screen.findByText(/The vault is back to how it was on/)).toHaveTextContent(`“Before a restore” from ${formatDayTime(safety.createdAt)}`);
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Backups' })).getAllByRole('listitem')[0]).toHaveTextContent('Before a restore');
  });

  it('backs up to a chosen folder and says where the copy is', async () => {
    const fake = installFakeHearth({
      'backups.list': () => [],
      'vaults.chooseFolder': () => ({ folder: '/media/usb' }),
      'backups.backupNow': () => ({ path: '/media/usb/Hearth backup 2026-03-03', createdAt: daily.createdAt, sizeBytes: 1000, backup: null }),
    });
    render(Backups, { props: { vaultName: 'Our place' } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Back up to a folder/ }));
    expect(await screen.findByText('/media/usb/Hearth backup 2026-03-03')).toBeInTheDocument();
    expect(fake.calls).toContainEqual({ method: 'backups.backupNow', arg: { folder: '/media/usb' } });
  });

  it('shows what "Back up now" is doing, offers Cancel, and says nothing was written once it stopped', async () => {
    const answer = deferred<unknown>();
    let progress: JobProgress = { running: true, kind: 'backup', phase: 'copying', done: 0, total: 0, cancellable: true };
    const fake = installFakeHearth({
      'backups.list': () => [daily],
      'backups.backupNow': () => answer.promise,
      'jobs.progress': () => progress,
      'jobs.cancel': () => {
        progress = { ...progress, cancellable: false };
        answer.resolve(failure('CANCELLED', 'Cancelled — nothing was written.'));
      },
    });
    render(Backups, { props: { vaultName: 'Our place' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Back up now/ }));

    const bar = await screen.findByRole('progressbar', { name: 'Backup progress' });
    expect(screen.getByRole('status')).toHaveTextContent('Making a backup and checking it…');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copying the vault…'));
    expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0);
    expect(fake.calls).toContainEqual({ method: 'jobs.progress', arg: { kind: 'backup' } });
    // The rest of the page stays there; only the other backup actions wait.
    expect(screen.getByRole('list', { name: 'Backups' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Back up to a folder/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.calls).toContainEqual({ method: 'jobs.cancel', arg: { kind: 'backup' } });
    expect(await screen.findByText('Cancelled — nothing was written.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Back up now/ })).toBeEnabled();
  });

  it('offers no Cancel once a restore is putting the backup in place, and says so', async () => {
    const answer = deferred<unknown>();
    const fake = installFakeHearth({
      'backups.list': () => [daily],
      'backups.restore': () => answer.promise,
      'jobs.progress': (): JobProgress => ({ running: true, kind: 'restore', phase: 'swapping', done: 0, total: 0, cancellable: false }),
    });
    render(Backups, { props: { vaultName: 'Our place' } });
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole('button', { name: /^Restore the backup from/ }))[0]!);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    // Before the core has said anything, it can still be cancelled.
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(await screen.findByText(/Putting the backup in place…/)).toHaveTextContent('This step cannot be cancelled');
    expect(screen.getByRole('progressbar', { name: 'Restore progress' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'jobs.cancel')).toEqual([]);
    answer.resolve({ restored: daily, safetyCopy: { ...daily, kind: 'pre-restore' } });
    expect(await screen.findByText(/The vault is back to how it was on/)).toBeInTheDocument();
  });
});
