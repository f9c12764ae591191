import type { CoreApi } from '../../shared/contract';
import type { SearchKind } from '../../shared/search';
import type { Calls } from '../calls';
import type { Searcher } from './searcher';

/** Each kind of searchable content says when its hits happened; a new kind must add itself here. */
export type SearchDates = Record<SearchKind, (ids: string[]) => Map<string, string>>;

export function searchHandlers(searcher: Searcher, dates: SearchDates, { serial }: Calls): CoreApi['search'] {
  return {
    query: ({ text, limit }) => serial(() => searcher.query(text, limit, (kind, ids) => dates[kind](ids))),
  };
}
