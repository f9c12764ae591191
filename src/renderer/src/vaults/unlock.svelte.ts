import type { Session, VaultSummary } from '../../../shared/vaults';
import { isHearthError, type ErrorCode } from '../../../shared/errors';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { describeDamage, type VaultDamage } from './damage';

export type UnlockMode = 'passphrase' | 'recovery';

/** A problem that needs more than a line under the field: what happened and what can be done. */
export interface VaultProblem {
  code: ErrorCode;
  title: string;
  what: string;
  next: string;
}

const PROBLEMS: Partial<Record<ErrorCode, Omit<VaultProblem, 'code' | 'what'>>> = {
  NOT_FOUND: {
    get title() {
      return t('errors.notFoundTitle');
    },
    get next() {
      return t('errors.notFoundNext');
    },
  },
};

/** The unlock form: which vault, which secret, and what the last attempt said. */
export class UnlockForm {
  #selectedId = $state<string | null>(null);
  #available = $state(false);
  #mode = $state<UnlockMode>('passphrase');
  #secret = $state('');
  #busy = $state(false);
  #message = $state<string | null>(null);
  #problem = $state<VaultProblem | null>(null);
  #damage = $state<VaultDamage | null>(null);
  #retryAt = $state(0);
  #now = $state(Date.now());
  #timer: ReturnType<typeof setInterval> | undefined;

  readonly secondsLeft: number = $derived(Math.max(0, Math.ceil((this.#retryAt - this.#now) / 1000)));
  readonly canSubmit: boolean = $derived(this.#selectedId !== null && this.#available && this.#secret.length > 0 && !this.#busy && this.secondsLeft === 0);

  get selectedId() {
    return this.#selectedId;
  }
  /** Whether the chosen vault's folder is there to open. */
  get available() {
    return this.#available;
  }
  get mode() {
    return this.#mode;
  }
  get secret() {
    return this.#secret;
  }
  set secret(next: string) {
    this.#secret = next;
  }
  get busy() {
    return this.#busy;
  }
  /** One line about the last attempt (e.g. a wrong passphrase). */
  get message() {
    return this.#message;
  }
  /** A problem with the vault that fits in the form (it was not found). */
  get problem() {
    return this.#problem;
  }
  /** The vault is damaged, too new or unreadable: this takes the whole screen. */
  get damage() {
    return this.#damage;
  }

  /** Back to the form from the damaged-vault screen. */
  dismissDamage(): void {
    this.#damage = null;
  }

  /** Pick the vault to open: keep the current choice if it is still listed, else the first available one. */
  choose(vaults: readonly VaultSummary[]): void {
    const current = vaults.find((v) => v.id === this.#selectedId);
    if (current) {
      this.#available = current.available;
      return;
    }
    this.select(vaults.find((v) => v.available) ?? vaults[0] ?? null);
  }

  select(vault: VaultSummary | null): void {
    this.#available = vault?.available ?? false;
    if ((vault?.id ?? null) === this.#selectedId) return;
    this.#selectedId = vault?.id ?? null;
    this.#secret = '';
    this.#message = null;
    this.#problem = null;
    this.#damage = null;
  }

  setMode(mode: UnlockMode): void {
    this.#mode = mode;
    this.#secret = '';
    this.#message = null;
  }

  async submit(): Promise<Session | null> {
    if (!this.canSubmit || !this.#selectedId) return null;
    this.#busy = true;
    this.#message = null;
    this.#problem = null;
    const secret =
      this.#mode === 'passphrase'
        ? ({ kind: 'passphrase', passphrase: this.#secret } as const)
        : ({ kind: 'recovery', code: this.#secret.trim() } as const);
    try {
      const session = await api.vaults.unlock({ vaultId: this.#selectedId, secret });
      this.#secret = '';
      this.#damage = null;
      return session;
    } catch (error) {
      this.#explain(error);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  #explain(error: unknown): void {
    this.#damage = null;
    if (!isHearthError(error)) {
      this.#message = describeError(error);
      return;
    }
    switch (error.code) {
      case 'WRONG_PASSPHRASE':
        // Say nothing more: not whether the vault exists, not how close the guess was.
        this.#message = this.#mode === 'passphrase' ? t('errors.wrongPassphrase') : t('errors.wrongRecoveryCode');
        this.#secret = '';
        return;
      case 'RATE_LIMITED':
        this.#waitFor(error.details?.retryAfterMs ?? 30_000);
        return;
      case 'VALIDATION':
        // For a recovery code the core names the group that was mistyped (in English; by field in other languages).
        this.#message = describeError(error);
        return;
    }
    const damage = describeDamage(error);
    if (damage) {
      // The secret stays, so "Try again" works once the drive is back or the file is replaced.
      this.#damage = damage;
      return;
    }
    const known = PROBLEMS[error.code];
    if (known) {
      this.#problem = { code: error.code, what: describeError(error), title: known.title, next: known.next };
      return;
    }
    this.#message = describeError(error);
  }

  #waitFor(ms: number): void {
    this.#retryAt = Date.now() + ms;
    this.#now = Date.now();
    this.#message = t('errors.tooManyTries');
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.#now = Date.now();
      if (this.#now >= this.#retryAt) {
        clearInterval(this.#timer);
        this.#message = null;
      }
    }, 250);
  }

  dispose(): void {
    clearInterval(this.#timer);
  }
}
