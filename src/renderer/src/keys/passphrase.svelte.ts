import { MIN_LENGTH, assess, type Assessment, type Strength } from '../../../shared/strength';
import { t } from '../i18n/i18n.svelte';

/** A new passphrase being chosen: the text, its confirmation, and whether it may be used. */
export class PassphraseDraft {
  #value = $state('');
  #confirm = $state('');
  #confirmTouched = $state(false);
  #visible = $state(false);
  #related: () => readonly string[] = () => [];

  /** The shared rule (src/shared/strength.ts), the same one the core holds a protected PDF's password to. */
  readonly #assessment: Assessment | null = $derived(this.#value ? assess(this.#value, this.#related()) : null);
  readonly strength: Strength | null = $derived(this.#assessment?.strength ?? null);
  readonly tooShort: boolean = $derived(this.#assessment === null || this.#assessment.weakness === 'too-short');
  readonly tooWeak: boolean = $derived(this.#assessment?.weakness === 'too-weak');
  readonly mismatch: boolean = $derived(this.#confirm.length > 0 && this.#confirm !== this.#value);
  /** Only say "these don't match" once the person has finished typing the confirmation. */
  readonly showMismatch: boolean = $derived(this.mismatch && (this.#confirmTouched || this.#confirm.length >= this.#value.length));
  readonly ready: boolean = $derived(!this.tooShort && !this.tooWeak && this.#confirm === this.#value);

  /** `related`: words a guesser would try first (names, the vault's name). */
  constructor(related: () => readonly string[] = () => []) {
    this.#related = related;
  }

  get value() {
    return this.#value;
  }
  set value(next: string) {
    this.#value = next;
  }

  get confirm() {
    return this.#confirm;
  }
  set confirm(next: string) {
    this.#confirm = next;
  }

  get visible() {
    return this.#visible;
  }

  /** Why the passphrase cannot be used yet, in one kind sentence; null when it can. */
  get problem(): string | null {
    if (!this.#value) return null;
    if (this.tooShort) return t('passphraseFields.tooShort', { min: MIN_LENGTH });
    if (this.tooWeak) return t('passphraseFields.tooWeak');
    return null;
  }

  toggleVisible(): void {
    this.#visible = !this.#visible;
  }

  touchConfirm(): void {
    this.#confirmTouched = true;
  }

  clear(): void {
    this.#value = '';
    this.#confirm = '';
    this.#confirmTouched = false;
    this.#visible = false;
  }
}
