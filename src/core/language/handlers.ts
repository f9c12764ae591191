import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { LanguageService } from './language-service';

export function languageHandlers(language: LanguageService, { serial, outside }: Calls): CoreApi['language'] {
  return {
    get: () => outside(() => language.get()),
    set: (choice) => serial(() => language.set(choice)),
  };
}
