import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { InsightsService } from './insights-service';

export function insightsHandlers(insights: InsightsService, { serial }: Calls): CoreApi['insights'] {
  return {
    all: (range) => serial(() => insights.all(range)),
    patterns: (range) => serial(() => insights.patterns(range)),
  };
}
