import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/language';
import type { Catalogue } from '../../../shared/i18n/catalogue';
import de from '../../../shared/i18n/catalogues/de';
import en from '../../../shared/i18n/catalogues/en';

const CATALOGUES: Record<(typeof LANGUAGES)[number], Catalogue> = { en, de };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a catalogue, with a plural given once by its base name and the forms it has. */
function keysOf(catalogue: Catalogue): { plain: string[]; plurals: Map<string, string[]> } {
  const plain: string[] = [];
  const plurals = new Map<string, string[]>();
  for (const [group, messages] of Object.entries(catalogue)) {
    for (const key of Object.keys(messages)) {
      const form = PLURAL.exec(key);
      if (form) plurals.set(`${group}.${key.slice(0, form.index)}`, [...(plurals.get(`${group}.${key.slice(0, form.index)}`) ?? []), form[1]!]);
      else plain.push(`${group}.${key}`);
    }
  }
  return { plain: plain.sort(), plurals };
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
}

describe('the catalogues', () => {
  const source = keysOf(en);

  it('covers every shipped language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const catalogue = CATALOGUES[language];
      const own = keysOf(catalogue);

      it('has every key English has, and no other', () => {
        expect(own.plain).toEqual(source.plain);
        expect([...own.plurals.keys()].sort()).toEqual([...source.plurals.keys()].sort());
      });

      it('has each plural in exactly the forms its plural rules use', () => {
        const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const [key, has] of own.plurals) expect(has.sort(), key).toEqual([...forms].sort());
      });

      it('leaves no message empty and keeps the placeholders English uses', () => {
        for (const [group, messages] of Object.entries(catalogue)) {
          for (const [key, text] of Object.entries(messages)) {
            expect(text.trim(), `${group}.${key}`).not.toBe('');
            const base = key.replace(PLURAL, '_other');
            const english = (en as unknown as Record<string, Record<string, string>>)[group]![base] ?? '';
            expect(placeholders(text), `${language} ${group}.${key}`).toEqual(placeholders(english));
          }
        }
      });
    });
  }
});
