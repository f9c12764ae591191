import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageChoice } from '../../shared/language';
import { writeFileAtomic } from '../vaults/atomic-file';

/**
 * Settings › Language: a per-computer preference like the privacy settings, read before any vault is
 * open (the start screen speaks it). Kept in language.json in Hearth's data folder.
 */
export class LanguageService {
  readonly #path: string;
  #choice: LanguageChoice;

  constructor(dataDir: string) {
    this.#path = join(dataDir, 'language.json');
    this.#choice = this.#read();
  }

  get(): LanguageChoice {
    return { ...this.#choice };
  }

  set(choice: LanguageChoice): LanguageChoice {
    this.#choice = LanguageChoice.parse(choice);
    writeFileAtomic(this.#path, `${JSON.stringify(this.#choice, null, 2)}\n`);
    return this.get();
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
