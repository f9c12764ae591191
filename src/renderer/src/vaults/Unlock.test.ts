import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failure, installFakeHearth, session, vault } from '../testing/fake-hearth';
import { AppState } from '../app/app.svelte';
import Unlock from './Unlock.svelte';

async function showUnlock(unlock: (arg: unknown) => unknown, vaults: unknown[] = [vault]) {
  const fake = installFakeHearth({ 'vaults.list': () => vaults, 'vaults.unlock': unlock });
  const app = new AppState();
  await app.showStart();
  render(Unlock, { props: { app } });
  return { app, fake, user: userEvent.setup() };
}

describe('Unlock', () => {
  it('says only that the passphrase does not open the vault', async () => {
    const { user } = await showUnlock(() => failure('WRONG_PASSPHRASE', 'Wrong passphrase (core wording).'));
    expect(screen.getByText('Our place')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase'), 'not it at all');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText("That passphrase doesn't open this vault.")).toBeInTheDocument();
    expect(screen.queryByText(/core wording/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveValue('');
  });

  it('counts down after too many tries and re-enables Unlock afterwards', async () => {
    let tries = 0;
    const { user } = await showUnlock(() => {
      tries += 1;
      return failure('RATE_LIMITED', 'Too many attempts.', { retryAfterMs: 2_000 });
    });
    await user.type(screen.getByLabelText('Passphrase'), 'one more guess');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/You can try again in 2 seconds\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    expect(await screen.findByText(/You can try again in 1 second\./, {}, { timeout: 2_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled(), { timeout: 3_000 });
    expect(screen.queryByText(/You can try again/)).not.toBeInTheDocument();
    expect(tries).toBe(1);
  });

  it('shows a damaged vault as its own calm screen, with the folder and what can be done', async () => {
    let tries = 0;
    const { user, app } = await showUnlock(() => {
      tries += 1;
      return failure('CORRUPT', 'The vault file is damaged or cut short. Restore a backup; nothing was changed.', { reason: 'database' });
    });
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orbit velvet quarry');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'This vault looks damaged' });
    expect(title).toHaveFocus();
    expect(screen.getByText(/Hearth has not changed anything/)).toBeInTheDocument();
    expect(screen.getByText(vault.path)).toBeInTheDocument();
    expect(screen.getByText(/Copy the newest backup into the vault's folder/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();

    // Try again unlocks with the same passphrase; still damaged, it says so.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/still cannot open the vault/)).toBeInTheDocument();
    expect(tries).toBe(2);

    await user.click(screen.getByRole('button', { name: /Back to/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Open your vault' })).toBeInTheDocument();
    expect(app.screen).toBe('start');
  });

  it('sends damaged passphrase files to the recovery code', async () => {
    const { user } = await showUnlock(() =>
      failure('CORRUPT', "This vault's passphrase files are missing or damaged. Open it with the recovery code; Hearth will then ask for a new passphrase.", { reason: 'keyslots' }),
    );
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orbit velvet quarry');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: "The vault's passphrase files are damaged" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use the recovery code' }));
    expect(screen.getByLabelText('Recovery code')).toHaveFocus();
  });

  it.each([
    ['TOO_NEW', undefined, 'This vault needs a newer Hearth', /Back to/],
    ['IO', 'disk-full', 'The disk is full', 'Try again'],
    ['IO', 'folder-missing', "Hearth can't find the vault's folder", 'Try again'],
    ['IO', 'folder-unreadable', "Hearth can't read the vault's folder", 'Try again'],
  ] as const)('explains %s (%s) in its own words', async (code, reason, heading, next) => {
    const { user } = await showUnlock(() => failure(code, 'The core says what happened.', reason ? { reason } : undefined));
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orbit velvet quarry');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: next })).toBeEnabled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('unlocks with the recovery code', async () => {
    const { user, app, fake } = await showUnlock(() => session);
    await user.click(screen.getByRole('button', { name: 'Use the recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), ' k7qm-2xwd ');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(app.screen).toBe('frame'));
    expect(fake.calls).toContainEqual({
      method: 'vaults.unlock',
      arg: { vaultId: vault.id, secret: { kind: 'recovery', code: 'k7qm-2xwd' } },
    });
  });

  it('shows a vault whose folder is missing as unavailable', async () => {
    await showUnlock(() => session, [vault, { ...vault, id: '1b6f5c8e-6a43-4d1c-9b7e-2f1c3a4d5e6f', name: 'Old place', available: false }]);
    expect(screen.getByText(/Unavailable/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Our place/ })).toBeChecked();
  });
});
