import { describe, expect, it } from 'vitest';
import { systemLanguage, t } from './i18n.svelte';

describe('the system’s language', () => {
  it('is the first of the system’s languages that every screen is translated into, else English', () => {
    expect(systemLanguage(['en-GB', 'de'])).toBe('en');
    expect(systemLanguage(['de-DE', 'en-US'])).toBe('de');
    expect(systemLanguage(['fr-FR', 'de-AT'])).toBe('de');
    expect(systemLanguage(['fr-FR'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });
});

describe('words the couple wrote, inside a message', () => {
  it('are shown as they were typed, even when they look like a placeholder or a nested message', () => {
    const typed = '{{language}} $t(app.name) {{count}}';
    expect(t('language.saved', { language: typed })).toBe(`Saved. Hearth now speaks ${typed}.`);
  });
});
