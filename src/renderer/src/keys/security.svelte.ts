import type { KeySlotSummary, Rekeyed } from '../../../shared/keys';
import type { Partner, PartnerId } from '../../../shared/basics';
import { isHearthError } from '../../../shared/errors';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { PassphraseDraft } from './passphrase.svelte';
import { JobWatch } from '../jobs/job.svelte';

export type SecurityTask =
  | { kind: 'change'; slot: KeySlotSummary }
  | { kind: 'add'; partner: Partner }
  | { kind: 'remove'; slot: KeySlotSummary }
  | { kind: 'regenerate' };

/** Settings › Security: the vault's key slots and the recovery code. One task open at a time. */
export class SecurityState {
  #partners: readonly Partner[];
  #slots = $state<KeySlotSummary[]>([]);
  #loaded = $state(false);
  #task = $state<SecurityTask | null>(null);
  #current = $state('');
  #busy = $state(false);
  #error = $state<string | null>(null);
  #notice = $state<string | null>(null);
  #newCode = $state<string | null>(null);
  #newCodeReason = $state<string | null>(null);
  #lockOutOldCopies = $state(true);
  /** Backups the last re-key could not give the new key, told once the new code is written down. */
  #notRekeyed: string[] = [];

  readonly draft: PassphraseDraft;
  /** A re-key's progress: the vault, then its backups, getting the new key. */
  readonly rekey = new JobWatch('rekey', { cancellable: false });
  /** Partners who have no passphrase of their own yet. */
  readonly partnersWithout: Partner[] = $derived(this.#partnersWithout());

  constructor(partners: readonly Partner[], vaultName: string) {
    this.#partners = partners;
    this.draft = new PassphraseDraft(() => [vaultName, ...partners.map((p) => p.name)]);
  }

  get slots() {
    return this.#slots;
  }
  get loaded() {
    return this.#loaded;
  }
  get task() {
    return this.#task;
  }
  get current() {
    return this.#current;
  }
  set current(text: string) {
    this.#current = text;
  }
  get busy() {
    return this.#busy;
  }
  get error() {
    return this.#error;
  }
  get notice() {
    return this.#notice;
  }
  /** A freshly made recovery code, shown once by the recovery kit. */
  get newCode() {
    return this.#newCode;
  }
  /** Why the code is new, when a passphrase was removed or changed. */
  get newCodeReason() {
    return this.#newCodeReason;
  }
  /** Changing a passphrase also re-keys the vault unless this is turned off. */
  get lockOutOldCopies() {
    return this.#lockOutOldCopies;
  }
  set lockOutOldCopies(on: boolean) {
    this.#lockOutOldCopies = on;
  }

  partnerName(id: PartnerId): string {
    return this.#partners.find((p) => p.id === id)?.name ?? '';
  }

  async load(): Promise<void> {
    try {
      this.#slots = await api.keys.list();
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      this.#loaded = true;
    }
  }

  open(task: SecurityTask): void {
    this.#task = task;
    this.#current = '';
    this.#error = null;
    this.#notice = null;
    this.#lockOutOldCopies = true;
    this.draft.clear();
  }

  close(): void {
    this.#task = null;
    this.#current = '';
    this.#error = null;
    this.draft.clear();
  }

  /** Carry out the open task; returns true when it worked. */
  async submit(): Promise<boolean> {
    const task = this.#task;
    if (!task || this.#busy) return false;
    if (!this.#current) {
      this.#error = t('security.typeCurrent');
      return false;
    }
    if ((task.kind === 'change' || task.kind === 'add') && !this.draft.ready) return false;
    this.#busy = true;
    this.#error = null;
    const confirm = { kind: 'passphrase', passphrase: this.#current } as const;
    try {
      switch (task.kind) {
        case 'change': {
          const input = { slotId: task.slot.id, current: confirm, next: this.draft.value, lockOutOldCopies: this.#lockOutOldCopies };
          const { rekeyed } = input.lockOutOldCopies ? await this.rekey.run(() => api.keys.changePassphrase(input)) : await api.keys.changePassphrase(input);
          this.#notice = t('security.changed', { title: this.#slotTitle(task.slot) });
          if (rekeyed) this.#showNewCode(rekeyed, t('security.changedNewKey'));
          break;
        }
        case 'add':
          await api.keys.addPassphrase({ partner: task.partner.id, passphrase: this.draft.value, confirm });
          this.#notice = t('security.added', { name: task.partner.name });
          break;
        case 'remove':
          this.#showNewCode(
            await this.rekey.run(() => api.keys.remove({ slotId: task.slot.id, confirm })),
            t('security.removed', { title: this.#slotTitle(task.slot) }),
          );
          break;
        case 'regenerate':
          this.#showNewCode(await this.rekey.run(() => api.keys.regenerateRecoveryCode({ confirm })), null);
          break;
      }
      this.close();
      await this.load();
      return true;
    } catch (error) {
      this.#error = explain(error);
      return false;
    } finally {
      this.#busy = false;
    }
  }

  #showNewCode(rekeyed: Rekeyed, reason: string | null): void {
    this.#newCode = rekeyed.recoveryCode;
    this.#newCodeReason = reason;
    this.#notRekeyed = rekeyed.backupsNotRekeyed;
  }


  /** The new recovery code was written down; forget it, and tell the core it is on paper. */
  finishRecovery(): void {
    void api.keys.recoveryCodeSeen().catch(() => undefined); // a lock meanwhile: the vault keeps warning, as it should
    this.#newCode = null;
    this.#newCodeReason = null;
    const stale = this.#notRekeyed;
    this.#notRekeyed = [];
    const backups = stale.join(', ');
    this.#notice =
      stale.length === 0
        ? t('security.codeInPlace')
        : stale.length === 1
          ? t('security.staleOneBackup', { backups })
          : t('security.staleBackups', { count: stale.length, backups });
  }

  #slotTitle(slot: KeySlotSummary): string {
    const name = this.partnerName(slot.partner);
    return slot.label || (name ? t('security.slotOf', { name }) : t('security.slotUnnamed'));
  }

  title(slot: KeySlotSummary): string {
    return this.#slotTitle(slot);
  }

  #partnersWithout(): Partner[] {
    return this.#partners.filter((p) => !this.#slots.some((s) => s.partner === p.id));
  }
}

function explain(error: unknown): string {
  if (isHearthError(error)) {
    if (error.code === 'WRONG_PASSPHRASE') return t('security.wrongPassphrase');
    if (error.code === 'LAST_SLOT') return t('security.lastSlot');
  }
  return describeError(error);
}
