import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { PrivacyService } from './privacy-service';

export function privacyHandlers(privacy: PrivacyService, { serial, outside }: Calls): CoreApi['privacy'] {
  return {
    get: () => outside(() => privacy.get()),
    set: ({ iUnderstandNoAutoLock: _confirmed, ...update }) => serial(() => privacy.set(update)),
    noteCopy: () => privacy.noteCopy(),
  };
}
