import { LANGUAGES, type Language } from '../../../shared/language';
import { locale, systemLanguage, t, useLanguage } from '../i18n/i18n.svelte';
import { api } from '../lib/api';

/** A language's own name, as its speakers write it ("Deutsch", "English"): how a language list is read. */
export function languageName(language: string, inLanguage: string = language): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}

/**
 * Settings › Language: the system's language (the default) or one of Hearth's. A per-computer preference kept in
 * language.json beside the vault list (core/language), read before any vault opens, so the unlock screen speaks it.
 */
export class LanguageState {
  #chosen = $state<Language | null>(null);
  #saved = $state<string | null>(null);
  #error = $state<string | null>(null);
  #loaded = $state(false);

  readonly options: readonly Language[] = LANGUAGES;

  get chosen() {
    return this.#chosen;
  }
  get loaded() {
    return this.#loaded;
  }
  get saved() {
    return this.#saved;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#chosen = (await api.language.get()).chosen;
    } catch {
      this.#chosen = null;
    }
    this.#loaded = true;
  }

  async choose(chosen: Language | null): Promise<void> {
    this.#saved = null;
    this.#error = null;
    try {
      this.#chosen = (await api.language.set({ chosen })).chosen;
      const spoken = chosen ?? systemLanguage();
      await useLanguage(spoken);
      this.#saved = t('language.saved', { language: languageName(spoken, locale()) });
    } catch {
      this.#error = t('language.failed');
    }
  }
}
