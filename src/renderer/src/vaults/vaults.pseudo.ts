// Test support only (i18n/pseudo.test.ts): the start screens (welcome, unlock with its problems, create a vault) and
// the damaged-vault screen for each kind of damage, rendered for the pseudo-locale. Nothing in the app imports it.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { DamageReason, ErrorCode } from '../../../shared/errors';
import { AppState } from '../app/app.svelte';
import { failure, installFakeHearth, vault } from '../testing/fake-hearth';
import CreateVault from './CreateVault.svelte';
import Unlock from './Unlock.svelte';
import Welcome from './Welcome.svelte';

type Screen = { name: string; within?: string; data?: string[]; start?: true; show: () => Promise<void> };

/** The unlock screen whose every attempt fails as `answer` says; `attempts` unlocks are tried (a second is "Try again"). */
async function failedUnlock(answer: () => unknown, { recovery = false, attempts = 1 } = {}): Promise<void> {
  installFakeHearth({ 'vaults.list': () => [vault], 'vaults.unlock': answer });
  const app = new AppState();
  await app.showStart();
  render(Unlock, { app });
  const user = userEvent.setup();
  // The buttons are found by what they do, not by their words: every word here is in the pseudo-locale.
  if (recovery) await user.click(screen.getAllByRole('button').find((b) => b.textContent?.includes('ŕéçöṽéŕý'))!);
  await user.type(document.querySelector<HTMLElement>('#unlock-secret')!, recovery ? 'k7qm-2xwd' : 'lantern orbit velvet quarry');
  await user.click(document.querySelector<HTMLElement>('button[type="submit"]')!);
  for (let i = 1; i < attempts; i++) {
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getAllByRole('button')[0]!); // Try again
  }
}

/** Each kind of damage, by the error the core sends for it. */
const DAMAGE: { name: string; code: ErrorCode; reason?: DamageReason; attempts?: number }[] = [
  { name: 'a damaged database, tried again', code: 'CORRUPT', reason: 'database', attempts: 2 },
  { name: 'damaged passphrase files', code: 'CORRUPT', reason: 'keyslots' },
  { name: 'a damaged vault.json', code: 'CORRUPT', reason: 'vault-file' },
  { name: 'made by a newer Hearth', code: 'TOO_NEW' },
  { name: 'a full disk', code: 'IO', reason: 'disk-full' },
  { name: 'a missing folder', code: 'IO', reason: 'folder-missing' },
  { name: 'an unreadable folder', code: 'IO', reason: 'folder-unreadable' },
];

export const VAULTS_CONVERTED: Screen[] = [
  {
    name: 'Welcome (no vault yet)',
    start: true,
    show: async () => {
      installFakeHearth({ 'vaults.list': () => [] });
      render(Welcome, { app: new AppState() });
    },
  },
  {
    name: 'Unlock, passphrase',
    start: true,
    data: [vault.name],
    show: async () => {
      installFakeHearth({ 'vaults.list': () => [vault] });
      const app = new AppState();
      await app.showStart();
      render(Unlock, { app });
    },
  },
  {
    name: 'Unlock, recovery code, two vaults (one unavailable), forget dialog',
    start: true,
    data: [vault.name, 'Old place', '/media/usb/old-place'],
    show: async () => {
      const gone = { ...vault, id: '1c6f5c8e-6a43-4d1c-9b7e-2f1c3a4d5e6f', name: 'Old place', path: '/media/usb/old-place', available: false };
      installFakeHearth({ 'vaults.list': () => [gone, vault] });
      const app = new AppState();
      await app.showStart();
      render(Unlock, { app });
      const user = userEvent.setup();
      await user.click(screen.getAllByRole('radio')[0]!);
      await user.click(screen.getAllByRole('button').find((b) => b.textContent?.includes('ŕéçöṽéŕý'))!);
      await user.click(screen.getAllByRole('button').at(-1)!); // forget this vault…
    },
  },
  {
    name: 'Unlock: a wrong passphrase',
    start: true,
    data: [vault.name],
    show: () => failedUnlock(() => failure('WRONG_PASSPHRASE', 'That passphrase or recovery code does not open this vault.')),
  },
  {
    name: 'Unlock: a wrong recovery code',
    start: true,
    data: [vault.name],
    show: () => failedUnlock(() => failure('WRONG_PASSPHRASE', 'That passphrase or recovery code does not open this vault.'), { recovery: true }),
  },
  {
    name: 'Unlock: a mistyped recovery code',
    start: true,
    data: [vault.name],
    show: () =>
      failedUnlock(() => failure('VALIDATION', 'Group 2 of the recovery code looks mistyped. Check it against your copy.', { field: 'secret.code' }), {
        recovery: true,
      }),
  },
  {
    name: 'Unlock: too many tries, counting down',
    start: true,
    data: [vault.name],
    show: () => failedUnlock(() => failure('RATE_LIMITED', 'Too many tries. Wait 30 seconds, then try again.', { retryAfterMs: 30_000 })),
  },
  {
    name: 'Unlock: the vault was not found',
    start: true,
    data: [vault.name],
    show: () => failedUnlock(() => failure('NOT_FOUND', 'That vault is not listed here any more.')),
  },
  {
    name: 'Unlock: something unexpected',
    start: true,
    data: [vault.name],
    show: () => failedUnlock(() => failure('INTERNAL', 'Something went wrong inside Hearth. Nothing you wrote was changed.')),
  },
  ...DAMAGE.map(
    ({ name, code, reason, attempts }): Screen => ({
      name: `The damaged-vault screen: ${name}`,
      start: true,
      data: [vault.name, vault.path],
      show: () => failedUnlock(() => failure(code, 'The core says what happened.', reason ? { reason } : undefined), { attempts }),
    }),
  ),
  {
    name: 'Create a vault: names, with what is missing',
    show: async () => {
      installFakeHearth({});
      render(CreateVault, { app: new AppState() });
      await userEvent.setup().click(screen.getByRole('button', { name: /Ñéẋţ/ }));
    },
  },
];
