import { MIN_LENGTH, type Assessment, type Strength } from '../../../shared/strength-rule';
import type * as StrengthRule from '../../../shared/strength';
import { t } from '../i18n/i18n.svelte';

type Rule = typeof StrengthRule;

/**
 * The strength rule with zxcvbn's dictionaries (a few megabytes of script) is a chunk of its own, fetched the first
 * time a passphrase is chosen (issue 20: not in the frame's chunk, nor the start screen's). Until it is there the
 * draft has no strength and is not ready; a failed fetch is tried again at the next keystroke.
 */
let rule = $state<Rule | null>(null);
let loadingRule: Promise<Rule> | undefined;

export function loadStrengthRule(): Promise<Rule> {
  return (loadingRule ??= import('../../../shared/strength').then(
    (loaded) => (rule = loaded),
    (error: unknown) => {
      loadingRule = undefined;
      throw error;
    },
  ));
}

function assess(secret: string, related: readonly string[]): Assessment | null {
  if (!rule) {
    void loadStrengthRule().catch(() => undefined);
    return null;
  }
  return rule.assess(secret, related);
}

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
  /** The length part of the rule needs no dictionaries, so it is said even before they have loaded. */
  readonly tooShort: boolean = $derived(this.#value.length < MIN_LENGTH);
  readonly tooWeak: boolean = $derived(this.#assessment?.weakness === 'too-weak');
  /** Measured: the dictionaries have loaded and judged this passphrase. */
  readonly #measured: boolean = $derived(this.#assessment !== null);
  readonly mismatch: boolean = $derived(this.#confirm.length > 0 && this.#confirm !== this.#value);
  /** Only say "these don't match" once the person has finished typing the confirmation. */
  readonly showMismatch: boolean = $derived(this.mismatch && (this.#confirmTouched || this.#confirm.length >= this.#value.length));
  readonly ready: boolean = $derived(this.#measured && !this.tooShort && !this.tooWeak && this.#confirm === this.#value);

  /** `related`: words a guesser would try first (names, the vault's name). */
  constructor(related: () => readonly string[] = () => []) {
    this.#related = related;
    // A passphrase is about to be chosen: fetch the dictionaries now, not at the first keystroke.
    void loadStrengthRule().catch(() => undefined);
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
