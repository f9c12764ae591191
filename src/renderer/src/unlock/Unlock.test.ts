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

  it('explains a damaged vault calmly, with what can be done', async () => {
    const { user } = await showUnlock(() => failure('CORRUPT', 'The vault file is damaged.'));
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orbit velvet quarry');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('This vault looks damaged');
    expect(panel).toHaveTextContent('Nothing has been changed');
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
