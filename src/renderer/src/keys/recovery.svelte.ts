
/** Split a recovery code into its groups, whatever separator the core printed. */
export function groupsOf(code: string): string[] {
  return code
    .trim()
    .split(/[\s-]+/u)
    .filter(Boolean);
}

/**
 * Compare a typed group with the real one, forgiving case, stray spaces or dashes, and the look-alike
 * letters the code's alphabet (Crockford base32) reads as digits: O as 0, I and L as 1.
 */
function normalise(text: string): string {
  return text.replace(/[\s-]+/gu, '').toUpperCase().replace(/O/gu, '0').replace(/[IL]/gu, '1');
}

/**
 * A recovery code on screen, once: printing it (on paper: Hearth writes it to no file), and checking that
 * it was written down by asking for two of its groups. Lives only as long as the component showing it.
 */
export class RecoveryKitState {
  #code = $state('');
  #answers = $state<string[]>(['', '']);

  readonly groups: string[] = $derived(groupsOf(this.#code));
  /** Which groups to ask for (0-based): the 3rd and the 9th, or the last when the code is shorter. */
  readonly asked: [number, number] = $derived.by(() => {
    const last = Math.max(this.groups.length - 1, 0);
    const first = Math.min(2, last);
    const second = Math.min(8, last);
    return [first, second === first ? Math.min(first + 1, last) : second];
  });
  readonly checked: boolean = $derived(
    this.groups.length > 0 && this.asked.every((index, i) => normalise(this.#answers[i] ?? '') === normalise(this.groups[index] ?? '')),
  );

  constructor(code: string) {
    this.#code = code;
  }

  get code() {
    return this.#code;
  }
  /** True once an answer is as long as its group but differs, so the person can look again. */
  wrong(i: 0 | 1): boolean {
    const expected = normalise(this.groups[this.asked[i]] ?? '');
    const typed = normalise(this.#answers[i] ?? '');
    return typed.length >= expected.length && typed !== expected;
  }

  answer(i: 0 | 1): string {
    return this.#answers[i] ?? '';
  }

  setAnswer(i: 0 | 1, text: string): void {
    this.#answers[i] = text;
  }

  /** Forget the code; called when the person leaves this screen. */
  clear(): void {
    this.#code = '';
    this.#answers = ['', ''];
  }
}
