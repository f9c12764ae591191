import i18next, { type TFunction } from 'i18next';
import { spokenLanguage, type Language } from '../../../shared/language';
import type { Catalogue } from '../../../shared/i18n/catalogue';
import enStart from '../../../shared/i18n/catalogues/en-start';

/**
 * Hearth's words in the chosen language, through i18next (docs/architecture.md, "Languages"). English, the
 * source and the fallback, is in the bundle for the start screen only (en-start.ts); the rest of it comes with the frame
 * (`loadAllWords`), and every other catalogue is its own chunk, loaded whole when chosen. The keys are
 * typed from English in shared/i18n/catalogue.ts.
 */

/** The catalogues that are not English, each imported only when its language is chosen. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  de: () => import('../../../shared/i18n/catalogues/de'),
};

const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: false,
  resources: { en: { translation: enStart } },
  initAsync: false,
  // Svelte escapes what it shows; a catalogue holds no markup. A value (a title, a name) is put in as it is: braces or
  // $t(…) the couple typed are never read as a message (skipOnVariables, i18next's default, said aloud here).
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

/** The catalogue Hearth speaks now. Reading it in a template makes that template follow a change. */
let current = $state<string>('en');
/** The tag for Intl and `<html lang>`: the system's own variant of the language spoken (en-GB, de-AT) where it has one. */
let regional = $state<string>('en');

/** The system's language if Hearth has it (navigator.languages, in the person's order), else English. */
export function systemLanguage(preferred: readonly string[] = navigator.languages): Language {
  return spokenLanguage(null, preferred);
}

/** The language now spoken, as a BCP 47 tag for Intl and for `<html lang>`: "en-GB" for English on a British system. */
export function locale(): string {
  return regional;
}

/** The system's variant of `language` (its first tag with that base), else the language itself. */
export function regionalTag(language: string, preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): string {
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}

let allWords: Promise<void> | undefined;

/** All of English, for the screens behind the start screen: loaded (once) before the frame or create-vault is drawn. */
export function loadAllWords(): Promise<void> {
  return (allWords ??= import('../../../shared/i18n/catalogues/en').then(
    ({ default: en }) => {
      instance.addResourceBundle('en', 'translation', en, true, true);
    },
    (error: unknown) => {
      // Forgotten, so trying again (lib/Lazy.svelte) loads it anew.
      allWords = undefined;
      throw error;
    },
  ));
}

/** Load a language's catalogue (once) and speak it from now on; `<html lang>` follows. */
export async function useLanguage(language: string): Promise<void> {
  if (language !== 'en' && !instance.hasResourceBundle(language, 'translation')) {
    const load = LOADERS[language as Exclude<Language, 'en'>];
    if (!load) throw new Error(`Hearth has no catalogue for ${language}.`);
    instance.addResourceBundle(language, 'translation', (await load()).default);
  }
  await instance.changeLanguage(language);
  current = language;
  regional = regionalTag(language);
  if (typeof document !== 'undefined') document.documentElement.lang = regional;
}

/** Tests only: speak a catalogue that is not shipped (the pseudo-locale), under a private-use tag. */
export async function useCatalogue(tag: string, catalogue: Catalogue): Promise<void> {
  instance.addResourceBundle(tag, 'translation', catalogue, false, true);
  await instance.changeLanguage(tag);
  current = tag;
  regional = 'en';
}

/** A message from the catalogue of the language now spoken: `t('unlock.title')`, `t('unlock.retryIn', { count })`. */
export const t = ((...args: Parameters<TFunction>) => {
  void current; // a template that calls t() is shown again when the language changes
  return (instance.t as unknown as (...a: unknown[]) => string)(...args);
}) as TFunction;
