import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { DraftService } from './draft-service';

export function draftsHandlers(drafts: DraftService, { serial }: Calls): CoreApi['drafts'] {
  return {
    save: (input) => serial(() => drafts.save(input)),
    get: ({ key }) => serial(() => drafts.get(key)),
    list: () => serial(() => drafts.list()),
    discard: ({ key }) => serial(() => drafts.discard(key)),
  };
}
