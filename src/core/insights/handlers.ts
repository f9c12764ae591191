import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { VaultReader } from '../worker/vault-reader';
import type { InsightsService } from './insights-service';

/** The page is read on the reads' worker (worker/reads.ts): its sections are long reads over the whole vault. */
export function insightsHandlers(insights: InsightsService, reader: VaultReader, { serial }: Calls): CoreApi['insights'] {
  return {
    all: (range) => serial(() => reader.read({ what: 'insights', range })),
    patterns: (range) => serial(() => insights.patterns(range)),
  };
}
