import type { CoreApi } from '../../shared/contract';
import type { SearchKind } from '../../shared/search';
import type { Calls } from '../calls';
import type { VaultService } from '../vaults/vault-service';
import { search } from './search-index';

/** Each kind of searchable content says when its hits happened; a new kind must add itself here. */
export type SearchDates = Record<SearchKind, (ids: string[]) => Map<string, string>>;

export function searchHandlers(vaults: VaultService, dates: SearchDates, { serial }: Calls): CoreApi['search'] {
  return {
    query: ({ text, limit }) => serial(() => search(vaults.requireUnlocked().db, text, limit, (kind, ids) => dates[kind](ids))),
  };
}
