import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/jobs';
import type { ImportReport } from '../../../shared/transfer';
import { failure, installFakeHearth, session } from '../testing/fake-hearth';
import Data from './Transfer.svelte';

// jsdom has <dialog> but not its modal methods; the app's Dialog opens with showModal.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const PATH = '/home/us/Moving/hearth-export-2026-03-03.protected.json';
const report: ImportReport = {
  format: 'hearth',
  counts: {
    partners: { added: 0, updated: 0, skipped: 2 },
    timeline: { added: 12, updated: 1, skipped: 3 },
    drafts: { added: 0, updated: 0, skipped: 0 },
  },
  unknownSections: [],
};

function setup(importFile: (arg: unknown) => unknown, exportAll: (arg: unknown) => unknown = () => ({ saved: false })) {
  const fake = installFakeHearth({
    'transfer.chooseFile': () => ({ path: PATH }),
    'transfer.importFile': importFile,
    'transfer.exportAll': exportAll,
  });
  render(Data, { props: { session } });
  return { fake, user: userEvent.setup() };
}

describe('Settings › Your data: import', () => {
  it('asks for the passphrase of a protected export, and says so again when it is wrong', async () => {
    const { fake, user } = setup((arg) => {
      const { passphrase } = arg as { passphrase?: string };
      if (!passphrase) return failure('VALIDATION', 'This export is protected. Enter the passphrase it was saved with.', { field: 'passphrase' });
      if (passphrase !== 'kettle meadow lantern') return failure('WRONG_PASSPHRASE', 'Wrong.');
      return report;
    });
    await user.click(screen.getByRole('button', { name: /Import a file/ }));

    const field = await screen.findByLabelText('Passphrase for this file');
    expect(field).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'hearth-export-2026-03-03.protected.json is protected' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(field, 'not the one');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/That passphrase doesn't open this file/)).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase for this file')).toHaveValue('');

    await user.type(screen.getByLabelText('Passphrase for this file'), 'kettle meadow lantern');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported hearth-export-2026-03-03.protected.json, a Hearth export.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Passphrase for this file')).not.toBeInTheDocument();

    const table = screen.getByRole('table');
    const timeline = within(table).getByRole('row', { name: /Timeline entries/ });
    expect(within(timeline).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12', '1', '3']);
    expect(within(table).getByRole('row', { name: /Your names/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Drafts/ })).not.toBeInTheDocument();

    expect(fake.calls.filter((c) => c.method === 'transfer.importFile').map((c) => c.arg)).toEqual([
      { path: PATH },
      { path: PATH, passphrase: 'not the one' },
      { path: PATH, passphrase: 'kettle meadow lantern' },
    ]);
  });

  it('names another journal in its own words and says where its entries went', async () => {
    const { user } = setup(() => ({ format: 'mini-diary', counts: { timeline: { added: 3, updated: 0, skipped: 0 } }, unknownSections: [] }));
    await user.click(screen.getByRole('button', { name: /Import a file/ }));
    expect(await screen.findByText(/, Mini Diary\.$/)).toBeInTheDocument();
    expect(screen.getByText('The entries are on your Timeline, tagged “from mini diary”.')).toBeInTheDocument();
  });

  it("shows the core's sentence for a file it cannot read, with nothing imported", async () => {
    const refused = 'Hearth cannot read this file. It imports its own exports and the JSON exports of Mini Diary, Day One (zip or JSON) and jrnl. Nothing was imported.';
    const { user } = setup(() => failure('VALIDATION', refused));
    await user.click(screen.getByRole('button', { name: /Import a file/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refused);
    expect(screen.queryByLabelText('Passphrase for this file')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('Settings › Your data: export', () => {
  it('protects the export by default and asks before leaving it readable by anyone', async () => {
    const { fake, user } = setup(() => report, () => ({ saved: true, path: '/home/us/hearth-export.json' }));
    expect(screen.getByLabelText('Protect the file with a passphrase')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Export everything…' })).toBeDisabled();

    await user.click(screen.getByLabelText('Protect the file with a passphrase'));
    const dialog = screen.getByRole('dialog', { name: 'Export without a passphrase?' });
    expect(dialog).toHaveTextContent('can read every entry');
    expect(screen.getByLabelText('Protect the file with a passphrase')).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it protected' }));
    expect(screen.getByLabelText('Protect the file with a passphrase')).toBeChecked();

    // Pasted rather than typed: the strength meter measures every keystroke.
    await user.click(screen.getByLabelText('Passphrase for the file'));
    await user.paste('kettle meadow lantern harbour');
    await user.click(screen.getByLabelText('Type it once more'));
    await user.paste('kettle meadow lantern harbour');
    await user.click(screen.getByRole('button', { name: 'Export everything…' }));
    expect(await screen.findByText('/home/us/hearth-export.json')).toBeInTheDocument();
    expect(screen.getByText(/saved and protected/)).toBeInTheDocument();
    expect(fake.calls).toContainEqual({ method: 'transfer.exportAll', arg: { passphrase: 'kettle meadow lantern harbour' } });

    await user.click(screen.getByLabelText('Protect the file with a passphrase'));
    await user.click(screen.getByRole('button', { name: 'Export without protection' }));
    expect(screen.getByLabelText('Protect the file with a passphrase')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Export everything, not protected…' }));
    expect(fake.calls.filter((c) => c.method === 'transfer.exportAll').at(-1)).toEqual({ method: 'transfer.exportAll', arg: {} });
  });
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('Settings › Your data: progress and cancel', () => {
  it('shows the export reading the vault part by part, and after Cancel says nothing was written', async () => {
    const answer = deferred<unknown>();
    const fake = installFakeHearth({
      'transfer.exportAll': () => answer.promise,
      'jobs.progress': (): JobProgress => ({ running: true, kind: 'exportAll', phase: 'reading', done: 3, total: 12, cancellable: true }),
      'jobs.cancel': () => void answer.resolve(failure('CANCELLED', 'Cancelled — nothing was written.')),
    });
    render(Data, { props: { session } });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Protect the file with a passphrase'));
    await user.click(screen.getByRole('button', { name: 'Export without protection' }));
    await user.click(screen.getByRole('button', { name: 'Export everything, not protected…' }));

    expect(await screen.findByText('Reading the vault (3 of 12 parts)…')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Export progress' });
    expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0);
    // The import stays there to look at, and waits for the export.
    expect(screen.getByRole('button', { name: /Import a file/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.calls).toContainEqual({ method: 'jobs.cancel', arg: { kind: 'exportAll' } });
    expect(await screen.findByText('Cancelled — nothing was written.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an import merging, and after Cancel says nothing was imported', async () => {
    const answer = deferred<unknown>();
    const fake = installFakeHearth({
      'transfer.chooseFile': () => ({ path: PATH }),
      'transfer.importFile': () => answer.promise,
      'jobs.progress': (): JobProgress => ({ running: true, kind: 'import', phase: 'merging', done: 2, total: 5, cancellable: true }),
      'jobs.cancel': () => void answer.resolve(failure('CANCELLED', 'Cancelled — nothing was written.')),
    });
    render(Data, { props: { session } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Import a file/ }));
    expect(await screen.findByText('Merging (2 of 5 parts)…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.calls).toContainEqual({ method: 'jobs.cancel', arg: { kind: 'import' } });
    expect(await screen.findByText('Cancelled — nothing was imported.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Import a file/ })).toBeEnabled();
  });
});
