import { app } from 'electron';
import { wordsIn, type Words } from '../core/i18n/words';
import { LanguageService } from '../core/language/language-service';

/**
 * The words Hearth speaks where there is no core yet (the menu drawn before the core starts) or none at all (the box
 * saying Hearth could not start): the choice kept in Hearth's data folder, else the system's languages, as the core
 * decides it (`spokenLanguage`). It needs no vault. English if even that cannot be read.
 */
export function shellWords(dataDir: string): Words {
  try {
    return new LanguageService(dataDir, systemLanguages).words();
  } catch {
    return wordsIn('en');
  }
}

/** The system's languages; none if they cannot be read, so a language chosen in Settings is still spoken. */
function systemLanguages(): readonly string[] {
  try {
    return app.getPreferredSystemLanguages();
  } catch {
    return [];
  }
}
