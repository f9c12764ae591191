import type { Session } from '../../../shared/vaults';
import { LIMITS } from '../../../shared/text';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { t } from '../i18n/i18n.svelte';
import { PassphraseDraft } from '../keys/passphrase.svelte';

export type CreateStep = 'names' | 'passphrase' | 'creating' | 'recovery';

/** Each label a getter over the catalogue, so it follows a change of language. */
export const STEPS: readonly { step: CreateStep; readonly label: string }[] = [
  { step: 'names', get label() { return t('create.stepNames'); } },
  { step: 'passphrase', get label() { return t('create.stepPassphrase'); } },
  { step: 'creating', get label() { return t('create.stepSettingUp'); } },
  { step: 'recovery', get label() { return t('create.stepRecovery'); } },
];

/** The create-a-vault stepper. The recovery code is kept here only until the person moves on. */
export class CreateVaultFlow {
  #step = $state<CreateStep>('names');
  #vaultName = $state('');
  #partnerA = $state('');
  #partnerB = $state('');
  #folder = $state<string | null>(null);
  #error = $state<string | null>(null);
  #namesTried = $state(false);
  #session = $state<Session | null>(null);
  #recoveryCode = $state<string | null>(null);

  readonly passphrase = new PassphraseDraft(() => [this.#vaultName, this.#partnerA, this.#partnerB]);

  readonly namesMissing: { vault: boolean; a: boolean; b: boolean } = $derived({
    vault: !this.#vaultName.trim(),
    a: !this.#partnerA.trim(),
    b: !this.#partnerB.trim(),
  });
  readonly namesReady: boolean = $derived(!this.namesMissing.vault && !this.namesMissing.a && !this.namesMissing.b);
  readonly stepIndex: number = $derived(STEPS.findIndex((s) => s.step === this.#step));

  get step() {
    return this.#step;
  }
  get vaultName() {
    return this.#vaultName;
  }
  set vaultName(v: string) {
    this.#vaultName = v.slice(0, LIMITS.name);
  }
  get partnerA() {
    return this.#partnerA;
  }
  set partnerA(v: string) {
    this.#partnerA = v.slice(0, LIMITS.name);
  }
  get partnerB() {
    return this.#partnerB;
  }
  set partnerB(v: string) {
    this.#partnerB = v.slice(0, LIMITS.name);
  }
  get folder() {
    return this.#folder;
  }
  get error() {
    return this.#error;
  }
  /** Show "this is needed" only after the person tried to go on. */
  get namesTried() {
    return this.#namesTried;
  }
  get session() {
    return this.#session;
  }
  get recoveryCode() {
    return this.#recoveryCode;
  }

  toPassphrase(): boolean {
    this.#namesTried = true;
    if (!this.namesReady) return false;
    this.#error = null;
    this.#step = 'passphrase';
    return true;
  }

  back(): void {
    this.#error = null;
    if (this.#step === 'passphrase') this.#step = 'names';
  }

  async chooseFolder(): Promise<void> {
    this.#error = null;
    try {
      const { folder } = await api.vaults.chooseFolder();
      if (folder) this.#folder = folder;
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  useDefaultFolder(): void {
    this.#folder = null;
  }

  async create(): Promise<Session | null> {
    if (!this.namesReady || !this.passphrase.ready) return null;
    this.#error = null;
    this.#step = 'creating';
    try {
      const created = await api.vaults.create({
        name: this.#vaultName,
        partnerA: this.#partnerA,
        partnerB: this.#partnerB,
        passphrase: this.passphrase.value,
        ...(this.#folder ? { folder: this.#folder } : {}),
      });
      this.passphrase.clear();
      this.#session = created.session;
      this.#recoveryCode = created.recoveryCode;
      this.#step = 'recovery';
      return created.session;
    } catch (error) {
      this.#error = describeError(error);
      this.#step = 'passphrase';
      return null;
    }
  }

  /** Drop the recovery code and the passphrase from memory. */
  clear(): void {
    this.#recoveryCode = null;
    this.passphrase.clear();
  }
}
