import { describe, expect, it } from 'vitest';
import { systemLanguage } from './i18n.svelte';

describe('the system’s language', () => {
  it('is followed only when every screen is translated into it; a language still being translated is chosen, never assumed', () => {
    expect(systemLanguage(['en-GB', 'de'])).toBe('en');
    expect(systemLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(systemLanguage(['fr-FR'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });
});
