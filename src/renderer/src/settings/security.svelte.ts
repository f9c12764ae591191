import type { KeySlotSummary, Partner, PartnerId } from '../../../shared/domain';
import { isHearthError } from '../../../shared/errors';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { PassphraseDraft } from '../passphrase/passphrase.svelte';

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

  readonly draft: PassphraseDraft;
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
      this.#error = 'Type your current passphrase first.';
      return false;
    }
    if ((task.kind === 'change' || task.kind === 'add') && !this.draft.ready) return false;
    this.#busy = true;
    this.#error = null;
    const confirm = { kind: 'passphrase', passphrase: this.#current } as const;
    try {
      switch (task.kind) {
        case 'change':
          await api.keys.changePassphrase({ slotId: task.slot.id, current: confirm, next: this.draft.value });
          this.#notice = `${this.#slotTitle(task.slot)} was changed. Use the new one from now on.`;
          break;
        case 'add':
          await api.keys.addPassphrase({ partner: task.partner.id, passphrase: this.draft.value, confirm });
          this.#notice = `${task.partner.name} now has a passphrase of their own.`;
          break;
        case 'remove':
          await api.keys.remove({ slotId: task.slot.id, confirm });
          this.#notice = `${this.#slotTitle(task.slot)} was removed; it no longer opens the vault.`;
          break;
        case 'regenerate': {
          const { recoveryCode } = await api.keys.regenerateRecoveryCode({ confirm });
          this.#newCode = recoveryCode;
          break;
        }
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

  /** The new recovery code was written down; forget it. */
  finishRecovery(): void {
    this.#newCode = null;
    this.#notice = 'Your new recovery code is in place. The old one no longer opens the vault.';
  }

  #slotTitle(slot: KeySlotSummary): string {
    const name = this.partnerName(slot.partner);
    return slot.label || (name ? `${name}'s passphrase` : 'The passphrase');
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
    if (error.code === 'WRONG_PASSPHRASE') return "That isn't a passphrase that opens this vault. Check it and try again.";
    if (error.code === 'LAST_SLOT') return "This is the only passphrase that opens the vault, so it can't be removed. Add another one first.";
  }
  return describeError(error);
}
