import { beforeAll, describe, expect, it } from 'vitest';
import { loadStrengthRule, PassphraseDraft } from './passphrase.svelte';

describe('PassphraseDraft', () => {
  beforeAll(async () => {
    await loadStrengthRule();
  });

  it('refuses a short passphrase, explaining the minimum', () => {
    const draft = new PassphraseDraft();
    draft.value = 'tulip';
    draft.confirm = 'tulip';
    expect(draft.ready).toBe(false);
    expect(draft.problem).toMatch(/at least 8 characters/);
  });

  it('refuses a long but guessable passphrase', () => {
    const draft = new PassphraseDraft();
    draft.value = 'password123';
    draft.confirm = 'password123';
    expect(draft.tooWeak).toBe(true);
    expect(draft.ready).toBe(false);
    expect(draft.problem).toMatch(/easy for someone to guess/);
  });

  it('counts the couple’s own names as easy to guess', () => {
    const plain = new PassphraseDraft();
    plain.value = 'quenbyzoraida';
    const named = new PassphraseDraft(() => ['Quenby', 'Zoraida']);
    named.value = 'quenbyzoraida';
    expect(named.strength!.score).toBeLessThan(plain.strength!.score);
  });

  it('accepts a few unrelated words once confirmed', () => {
    const draft = new PassphraseDraft();
    draft.value = 'lantern orbit velvet quarry';
    expect(draft.ready).toBe(false);
    draft.confirm = 'lantern orbit velvet quarry';
    expect(draft.strength!.score).toBeGreaterThanOrEqual(3);
    expect(draft.ready).toBe(true);
  });

  it('says the confirmation differs only once it is as long as the passphrase', () => {
    const draft = new PassphraseDraft();
    draft.value = 'lantern orbit velvet quarry';
    draft.confirm = 'lantern';
    expect(draft.showMismatch).toBe(false);
    draft.confirm = 'lantern orbit velvet quarrx';
    expect(draft.showMismatch).toBe(true);
  });
});
