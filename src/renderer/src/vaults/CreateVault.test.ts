import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { AppState } from '../app/app.svelte';
import CreateVault from './CreateVault.svelte';

describe('Create vault: the passphrase step', () => {
  beforeEach(() => {
    installFakeHearth({
      'vaults.create': () => ({ session, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ-KKKK' }),
    });
  });

  async function toPassphraseStep() {
    const user = userEvent.setup();
    render(CreateVault, { props: { app: new AppState() } });
    await user.type(screen.getByLabelText('Vault name'), 'Our place');
    await user.type(screen.getByLabelText('Your name'), 'Sam');
    await user.type(screen.getByLabelText("Your partner's name"), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    return user;
  }

  it('asks for the names before going on', async () => {
    const user = userEvent.setup();
    render(CreateVault, { props: { app: new AppState() } });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Give the vault a name.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();
  });

  it('blocks a weak passphrase and says why, kindly', async () => {
    const user = await toPassphraseStep();
    await user.type(screen.getByLabelText('Passphrase'), 'password1');
    await user.type(screen.getByLabelText('Type it once more'), 'password1');
    expect(screen.getByText(/Very easy to guess|Easy to guess/)).toBeInTheDocument();
    expect(screen.getByText(/easy for someone to guess/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the vault' })).toBeDisabled();
  });

  it('shows when the confirmation does not match, and enables Create once it does', async () => {
    const user = await toPassphraseStep();
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orbit velvet quarry');
    await user.type(screen.getByLabelText('Type it once more'), 'lantern orbit velvet quarrx');
    expect(screen.getByText("These two don't match yet.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the vault' })).toBeDisabled();

    await user.type(screen.getByLabelText('Type it once more'), '{Backspace}y');
    expect(screen.queryByText("These two don't match yet.")).not.toBeInTheDocument();
    expect(screen.getByText(/^(Strong|Very strong)$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the vault' })).toBeEnabled();
  });

  it('shows and hides the passphrase', async () => {
    const user = await toPassphraseStep();
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(field).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(field).toHaveAttribute('type', 'password');
  });

  it('creates the vault and shows the recovery code', async () => {
    const user = await toPassphraseStep();
    await user.type(screen.getByLabelText('Passphrase'), 'lantern orbit velvet quarry');
    await user.type(screen.getByLabelText('Type it once more'), 'lantern orbit velvet quarry');
    await user.click(screen.getByRole('button', { name: 'Create the vault' }));
    expect(await screen.findByRole('heading', { name: 'Your recovery code' })).toBeInTheDocument();
    expect(screen.getByText('CCCC')).toBeInTheDocument();
  });
});
