import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeySlotSummary } from '../../../shared/keys';
import type { Session } from '../../../shared/vaults';
import { installFakeHearth, type FakeHearth } from '../testing/fake-hearth';
import Security from './Security.svelte';

// jsdom has <dialog> but not its modal methods; the app's Dialog opens with showModal.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const session: Session = {
  vault: { id: 'v1', name: 'Our place', path: '/vaults/v1', lastOpenedAt: '2026-12-01T10:00:00.000Z', available: true },
  partners: [
    { id: 'a', name: 'Sam' },
    { id: 'b', name: 'Alex' },
  ],
  unlockedWith: 'passphrase',
  needsPassphrase: false,
  recoveryCodeUnseen: false,
};
const slots: KeySlotSummary[] = [
  { id: 's1', label: "Sam's passphrase", partner: 'a', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  { id: 's2', label: "Alex's passphrase", partner: 'b', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' },
];
const NEW_CODE = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-JJJJJ-KKKKK-MMMMM-NNNNN-PPPPP';

function show(fake: FakeHearth) {
  render(Security, { props: { session } });
  return { fake, user: userEvent.setup() };
}

describe('Settings › Security: taking access back', () => {
  it('removing a passphrase says it re-keys, then shows the new recovery code with the reason and asks for it back', async () => {
    const { user, fake } = show(
      installFakeHearth({
        'keys.list': () => slots,
        'keys.remove': () => ({ recoveryCode: NEW_CODE, backupsNotRekeyed: [] }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: /Remove.*Alex/ }));
    expect(screen.getByText(/not even a copy of it made before today/)).toBeInTheDocument();
    expect(screen.getByText(/A copy you made to a folder yourself still opens/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your current passphrase'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Remove it' }));

    expect(fake.calls).toContainEqual({ method: 'keys.remove', arg: { slotId: 's2', confirm: { kind: 'passphrase', passphrase: 'correct horse battery staple' } } });
    expect(await screen.findByRole('heading', { name: 'Your new recovery code' })).toBeInTheDocument();
    expect(screen.getByText(/may also know the old recovery code/)).toBeInTheDocument();
    expect(screen.getByText('GGGGG')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "I've written it down" }));
    expect(screen.getByRole('button', { name: 'Done' })).toBeDisabled();
  });

  it('changing a passphrase locks out old copies unless unticked, and the words say what each does', async () => {
    const fake = installFakeHearth({
      'keys.list': () => slots,
      'keys.changePassphrase': (arg) => ({
        slot: slots[0],
        rekeyed: (arg as { lockOutOldCopies: boolean }).lockOutOldCopies ? { recoveryCode: NEW_CODE, backupsNotRekeyed: ['hearth-2026-11-20T09-00-00Z-daily.db'] } : null,
      }),
    });
    const { user } = show(fake);
    await user.click(await screen.findByRole('button', { name: /Change.*Sam/ }));
    const box = screen.getByRole('checkbox', { name: 'Also lock out old copies' });
    expect(box).toBeChecked();
    expect(screen.getByText(/the old passphrase opens nothing/)).toBeInTheDocument();
    await user.click(box);
    expect(screen.getByText(/can still open the vault with the old passphrase/)).toBeInTheDocument();
    await user.click(box);

    await user.type(screen.getByLabelText('Current passphrase'), 'correct horse battery staple');
    const next = 'a much longer passphrase about the old blue bicycle shed';
    await user.type(screen.getByLabelText('New passphrase'), next);
    await user.type(screen.getByLabelText('Type it once more'), next);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));

    expect(fake.calls.find((c) => c.method === 'keys.changePassphrase')?.arg).toMatchObject({ slotId: 's1', lockOutOldCopies: true });
    expect(await screen.findByRole('heading', { name: 'Your new recovery code' })).toBeInTheDocument();
    expect(screen.getByText(/the old passphrase opens no copy of it any more/)).toBeInTheDocument();
  });

  it('warns when a re-key finished without its new code being shown, and offers to make one', async () => {
    const fake = installFakeHearth({ 'keys.list': () => slots, 'keys.recoveryCodeSeen': () => undefined, 'keys.regenerateRecoveryCode': () => ({ recoveryCode: NEW_CODE, backupsNotRekeyed: [] }) });
    render(Security, { props: { session: { ...session, recoveryCodeUnseen: true } } });
    const user = userEvent.setup();
    expect(await screen.findByRole('alert')).toHaveTextContent(/may no longer open the vault/);
    await user.click(screen.getAllByRole('button', { name: 'Make a new recovery code' })[0]!);
    await user.type(screen.getByLabelText('Your current passphrase'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Make a new code' }));
    await user.click(await screen.findByRole('button', { name: "I've written it down" }));
    await user.type(screen.getByLabelText('Group 3'), 'CCCCC');
    await user.type(screen.getByLabelText('Group 9'), 'JJJJJ');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(fake.calls.map((c) => c.method)).toContain('keys.recoveryCodeSeen');
  });
});
