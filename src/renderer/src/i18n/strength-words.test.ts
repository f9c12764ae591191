import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../shared/strength';
import strength from '../../../shared/i18n/catalogues/strength/en';

const capital = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const words = strength as Record<string, string>;

/**
 * src/shared/strength.ts answers with a score and zxcvbn's ids; the passphrase fields say them from the catalogue
 * group `strength`. Its English is zxcvbn's own, so nothing changed for an English reader.
 */
describe('the passphrase strength words', () => {
  it('have a message for every warning and suggestion zxcvbn can give, in its own English', () => {
    for (const [id, text] of Object.entries(zxcvbnEn.translations.warnings)) expect(words[`warning${capital(id)}`], id).toBe(text);
    for (const [id, text] of Object.entries(zxcvbnEn.translations.suggestions)) expect(words[`suggestion${capital(id)}`], id).toBe(text);
  });

  it('come from the measure as ids and a score, never as English sentences', () => {
    const weak = measure('password');
    expect(weak.score).toBe(0);
    expect(weak.warning).toMatch(/^[a-zA-Z]+$/);
    expect(words[`warning${capital(weak.warning!)}`]).toBeTruthy();
    for (const id of weak.suggestions) expect(words[`suggestion${capital(id)}`], id).toBeTruthy();
    expect(weak).not.toHaveProperty('label');
  });
});
