import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';

export function jobsHandlers({ outside, tracked }: Calls): CoreApi['jobs'] {
  return {
    // Outside the queue: they must answer while a job holds it (a restore, an import) or waits in it.
    progress: ({ kind }) => outside(() => tracked.progress(kind)),
    cancel: ({ kind }) => outside(() => tracked.cancel(kind)),
  };
}
