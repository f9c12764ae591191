import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { LoveLanguageService } from './love-language-service';

export function loveLanguagesHandlers(loveLanguages: LoveLanguageService, { serial }: Calls): CoreApi['loveLanguages'] {
  return {
    get: () => serial(() => loveLanguages.get()),
    set: (input) => serial(() => loveLanguages.set(input)),
    logAction: (input) => serial(() => loveLanguages.logAction(input)),
    removeAction: ({ id }) => serial(() => loveLanguages.removeAction(id)),
    actions: (range) => serial(() => loveLanguages.actions(range)),
    summary: (range) => serial(() => loveLanguages.summary(range)),
  };
}
