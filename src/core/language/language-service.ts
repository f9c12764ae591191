import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spokenLanguage } from '../../shared/language';
import { LanguageChoice } from '../../shared/language-choice';
import { wordsIn, type Words } from '../i18n/words';
import { writeFileAtomic } from '../vaults/atomic-file';

/**
 * Settings › Language: a per-computer preference like the privacy settings, read before any vault is
 * open (the start screen speaks it). Kept in language.json in Hearth's data folder.
 */
export class LanguageService {
  readonly #path: string;
  readonly #systemLanguages: () => readonly string[];
  readonly #listeners = new Set<(words: Words) => void>();
  #choice: LanguageChoice;

  /** `systemLanguages`: the system's languages in the person's order (the Platform's; none in tests: English). */
  constructor(dataDir: string, systemLanguages: () => readonly string[] = () => []) {
    this.#path = join(dataDir, 'language.json');
    this.#systemLanguages = systemLanguages;
    this.#choice = this.#read();
  }

  /** The words of the language Hearth speaks now, as the renderer decides it too (`spokenLanguage`). */
  words(): Words {
    return wordsIn(spokenLanguage(this.#choice.chosen, this.#systemLanguages()));
  }

  get(): LanguageChoice {
    return { ...this.#choice };
  }

  set(choice: LanguageChoice): LanguageChoice {
    this.#choice = LanguageChoice.parse(choice);
    writeFileAtomic(this.#path, `${JSON.stringify(this.#choice, null, 2)}\n`);
    const words = this.words();
    for (const listener of this.#listeners) listener(words);
    return this.get();
  }

  /** Called with the new words after every choice (the shell draws its menus again). Returns an unsubscribe function. */
  onChange(listener: (words: Words) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #read(): LanguageChoice {
    try {
      if (existsSync(this.#path)) {
        const parsed = LanguageChoice.safeParse(JSON.parse(readFileSync(this.#path, 'utf8')));
        if (parsed.success) return parsed.data;
      }
    } catch {
      // A damaged file follows the system's language again.
    }
    return { chosen: null };
  }
}
