// Test support only (i18n/pseudo.test.ts): Home, Safety, the new-passphrase screen, the keyboard shortcuts dialog,
// the screen shown when Hearth cannot start, and Settings' own sections, rendered for the pseudo-locale.
import '../testing/dialog-shims';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { DEFAULT_PRIVACY } from '../../../shared/privacy-defaults';
import App from '../app/App.svelte';
import Backups from '../backups/Backups.svelte';
import Transfer from '../transfer/Transfer.svelte';
import Security from '../keys/Security.svelte';
import Settings from '../settings/Settings.svelte';
import { languageName } from '../language/language.svelte';
import { LANGUAGES } from '../../../shared/language';
import Shortcuts from '../app/Shortcuts.svelte';
import { describeKeys, isMac, shortcut } from '../lib/keys';
import { formatDayTime } from '../lib/locale';
import Privacy from '../privacy/Privacy.svelte';
import TextSize from '../settings/TextSize.svelte';
import { failure, installFakeHearth, session } from '../testing/fake-hearth';
import Home from './Home.svelte';
import Safety from './Safety.svelte';
import SetPassphrase from './SetPassphrase.svelte';
import { AppState } from '../app/app.svelte';

/** One screen for the pseudo-locale test: what is the couple's own or the system's (`data`), and how to show it. */
export interface PseudoCase {
  name: string;
  within?: string;
  data?: string[];
  /** A screen the start screen shows (en-start.ts): it must speak with the start screen's words alone. */
  start?: true;
  show: () => Promise<void>;
}

/** Home with nothing gathered yet: no check-in due, no drafts, nothing on this day. */
const quietHome = {
  'checkins.schedule': () => ({ cadence: null, nextDueAt: null, overdue: false, lastCompletedAt: null }),
  'drafts.list': () => [],
  'timeline.onThisDay': () => [],
};

const quickHide = 'CommandOrControl+Shift+H';

/** Sam's passphrase, named by Hearth (no label of its own), changed since it was added; Alex has none yet. */
const slots = [{ id: 's1', label: '', partner: 'a' as const, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' }];
const NEW_CODE = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-JJJJJ-KKKKK-MMMMM-NNNNN-PPPPP';

const backups = [
  { id: 'hearth-2026-03-02T08-15-00Z.db', kind: 'daily' as const, createdAt: '2026-03-02T08:15:00.000Z', sizeBytes: 1_536_000, verifiedAt: '2026-03-02T08:15:02.000Z' },
  { id: 'hearth-2026-02-20T19-00-00Z-pre-migration.db', kind: 'pre-migration' as const, createdAt: '2026-02-20T19:00:00.000Z', sizeBytes: 98_304, verifiedAt: null },
];

export const FRAME_CONVERTED: PseudoCase[] = [
  {
    name: 'Home, just created and still quiet',
    show: async () => {
      installFakeHearth(quietHome);
      render(Home, { session, fresh: true, onSafety: () => {}, onOpenEvent: () => {}, onContinueDraft: () => {}, onCheckIns: () => {} });
    },
  },
  {
    name: 'Home, welcome back',
    show: async () => {
      installFakeHearth(quietHome);
      render(Home, { session, fresh: false, onSafety: () => {}, onOpenEvent: () => {}, onContinueDraft: () => {} });
    },
  },
  {
    name: 'If you don’t feel safe',
    show: async () => {
      render(Safety, { onBack: () => {} });
    },
  },
  {
    name: 'Keyboard shortcuts',
    start: true,
    data: [...['K', 'N', 'L', ',', '/', '+', '-', '0'].map((key) => shortcut(key)), describeKeys(quickHide), isMac ? '⌃⌘F' : 'F11'],
    show: async () => {
      render(Shortcuts, { open: true, quickHide, onClose: () => {} });
    },
  },
  {
    name: 'Hearth could not start',
    start: true,
    // The reason is the core's own sentence (lib/errors.ts), not this screen's.
    data: ['Fake failure.'],
    show: async () => {
      installFakeHearth({ 'app.status': () => failure('INTERNAL'), 'privacy.get': () => DEFAULT_PRIVACY });
      render(App);
      await screen.findByRole('button', { name: /Ţŕý/ }); // "Try again": the failure screen, not the loading one
    },
  },
  {
    name: 'Set a new passphrase',
    data: session.partners.map((p) => p.name),
    show: async () => {
      installFakeHearth({});
      render(SetPassphrase, { app: new AppState(), session: { ...session, unlockedWith: 'recovery' as const, needsPassphrase: true } });
    },
  },
  {
    name: 'Settings › Text size',
    // A sample of the letters at each size, not a word.
    data: ['Aa'],
    show: async () => {
      installFakeHearth({ 'privacy.get': () => DEFAULT_PRIVACY });
      render(TextSize);
    },
  },
  {
    name: 'Settings › Privacy on this computer',
    data: [describeKeys(DEFAULT_PRIVACY.quickHideShortcut)],
    show: async () => {
      installFakeHearth({ 'privacy.get': () => DEFAULT_PRIVACY });
      render(Privacy);
      await screen.findAllByRole('combobox'); // loaded: the choices, not "Loading…"
    },
  },
  {
    name: 'Settings › Backups: two backups, restoring one',
    // When each backup was made is the vault's own fact, shown as the language writes dates.
    data: backups.map((b) => formatDayTime(b.createdAt)),
    show: async () => {
      installFakeHearth({ 'backups.list': () => backups });
      render(Backups, { vaultName: session.vault.name });
      const restore = await screen.findAllByRole('button', { name: /ƀåçķûþ ƒŕöɱ/ });
      await userEvent.setup().click(restore[0]!);
    },
  },
  {
    name: 'Settings › Your data: exporting without a passphrase, and another journal imported',
    show: async () => {
      installFakeHearth({
        'transfer.chooseFile': () => ({ path: '/home/us/Moving/mini-diary.json' }),
        'transfer.importFile': () => ({ format: 'mini-diary', counts: { timeline: { added: 3, updated: 1, skipped: 2 } }, unknownSections: ['stickers'] }),
      });
      render(Transfer, { session });
      const user = userEvent.setup();
      await user.click(screen.getByRole('checkbox'));
      await user.click(await screen.findByRole('button', { name: /ŵîţĥöûţ þŕöţéçţîöñ/ }));
      await user.click(screen.getByRole('button', { name: /Îɱþöŕţ å ƒîļé/ }));
      await screen.findByRole('table');
    },
  },
  {
    name: 'Settings › Security: changing a passphrase, a warning about the recovery code',
    show: async () => {
      installFakeHearth({ 'keys.list': () => slots });
      render(Security, { session: { ...session, recoveryCodeUnseen: true } });
      const change = await screen.findAllByRole('button', { name: /^⟦Çĥåñĝé/ });
      await userEvent.setup().click(change[0]!);
      await screen.findByRole('checkbox');
    },
  },
  {
    name: 'Settings › Security: a new recovery code, and checking the copy',
    show: async () => {
      installFakeHearth({ 'keys.list': () => slots, 'keys.regenerateRecoveryCode': () => ({ recoveryCode: NEW_CODE, backupsNotRekeyed: [] }) });
      render(Security, { session });
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: /Ṁåķé å ñéŵ ŕéçöṽéŕý/ }));
      await user.type(screen.getByLabelText(/Ýöûŕ çûŕŕéñţ/), 'correct horse battery staple');
      await user.click(screen.getByRole('button', { name: /Ṁåķé å ñéŵ çöđé/ }));
      await user.click(await screen.findByRole('button', { name: /ŵŕîţţéñ îţ đöŵñ/ }));
      await user.type(screen.getAllByRole('textbox')[0]!, 'ZZZZZ');
    },
  },
  {
    name: 'Settings, the whole page',
    data: [...LANGUAGES.map((l) => languageName(l)), describeKeys(DEFAULT_PRIVACY.quickHideShortcut), 'Aa'],
    show: async () => {
      installFakeHearth({
        'keys.list': () => slots,
        'privacy.get': () => DEFAULT_PRIVACY,
        'language.get': () => ({ chosen: null }),
        'backups.list': () => [],
      });
      render(Settings, { session });
      await screen.findAllByRole('combobox');
    },
  },
];
