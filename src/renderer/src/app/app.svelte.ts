import type { AppStatus } from '../../../shared/app';
import type { Session, VaultSummary } from '../../../shared/vaults';
import { api } from '../lib/api';
import { runBeforeLock } from '../lib/before-lock';
import { describeError } from '../lib/errors';

export type Screen = 'loading' | 'start' | 'create' | 'frame' | 'failed';

/** The first screen's two questions, asked by `askEarly` and answered to the first `load`. */
let early: { status: Promise<AppStatus>; vaults: Promise<VaultSummary[]> } | null = null;

/**
 * Ask the core at once what the first screen needs (is a vault open, which vaults are there), beside the language
 * (main.ts), instead of one question after another once the page is mounted (issue 20: each answer is a round trip to
 * the main process before the unlock screen can take typing). The vault list is asked for even when a vault turns out
 * to be open; that answer is then dropped.
 */
export function askEarly(): void {
  const status = api.app.status();
  const vaults = api.vaults.list();
  // Handled by `load` when it reads them; a rejection before that is not "unhandled".
  status.catch(() => undefined);
  vaults.catch(() => undefined);
  early = { status, vaults };
}

/** Which screen the window shows, and the unlocked session when there is one. */
export class AppState {
  #screen = $state<Screen>('loading');
  #session = $state<Session | null>(null);
  #vaults = $state<VaultSummary[]>([]);
  #failure = $state<string | null>(null);
  /** True right after the vault was created, so Home can say "Welcome" rather than "Welcome back". */
  #fresh = $state(false);

  get screen() {
    return this.#screen;
  }
  get session() {
    return this.#session;
  }
  get vaults() {
    return this.#vaults;
  }
  get failure() {
    return this.#failure;
  }
  get fresh() {
    return this.#fresh;
  }
  get unlocked() {
    return this.#session !== null;
  }

  async load(): Promise<void> {
    // The answers asked for at start are used once; a retry asks again.
    const asked = early;
    early = null;
    try {
      const status = await (asked?.status ?? api.app.status());
      if (status.state === 'unlocked') {
        this.#session = status.session;
        this.#screen = 'frame';
        return;
      }
      await this.showStart(asked?.vaults);
    } catch (error) {
      this.#failure = describeError(error);
      this.#screen = 'failed';
    }
  }

  /** `listed`: the list already asked for (askEarly), else it is asked for now. */
  async refreshVaults(listed?: Promise<VaultSummary[]>): Promise<VaultSummary[]> {
    this.#vaults = await (listed ?? api.vaults.list());
    return this.#vaults;
  }

  async showStart(listed?: Promise<VaultSummary[]>): Promise<void> {
    this.#session = null;
    this.#fresh = false;
    await this.refreshVaults(listed);
    this.#screen = 'start';
  }

  showCreate(): void {
    this.#screen = 'create';
  }

  /** The vault was just created: it is unlocked, though the recovery code is still on screen. */
  created(session: Session): void {
    this.#session = session;
    this.#fresh = true;
  }

  enter(session: Session): void {
    this.#session = session;
    this.#screen = 'frame';
  }

  updateSession(session: Session): void {
    this.#session = session;
  }

  /** Ask for a folder and remember the vault in it; null when the person cancels the dialog. */
  async openFromFolder(): Promise<VaultSummary | null> {
    const { folder } = await api.vaults.chooseFolder();
    if (!folder) return null;
    const vault = await api.vaults.addFromFolder({ folder });
    await this.refreshVaults();
    return vault;
  }

  /** Stop listing a vault on this computer; its files stay where they are. */
  async forget(vaultId: string): Promise<void> {
    await api.vaults.forget({ vaultId });
    await this.refreshVaults();
  }

  /** Lock the vault. The main process reloads the window; resetting here is the fallback. */
  async lock(): Promise<void> {
    if (!this.#session) return;
    // Unsaved text is written as an encrypted draft first, so it is there again after unlock.
    await runBeforeLock();
    try {
      await api.vaults.lock();
    } finally {
      this.#session = null;
      await this.showStart().catch(() => (this.#screen = 'start'));
    }
  }
}
