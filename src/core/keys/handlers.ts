import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { TrackedJob } from '../jobs/job-tracker';
import type { KeyService } from './key-service';

export function keysHandlers(keys: KeyService, calls: Calls): CoreApi['keys'] {
  // A re-key waits for running jobs, so no copy is made across the key change, and cannot be cancelled part-way.
  const rekey = <T>(work: (job: TrackedJob) => Promise<T>): Promise<T> =>
    calls.tracked.run('rekey', (job) => calls.exclusive(() => work(job)), { cancellable: false });
  return {
    list: () => calls.serial(() => keys.list()),
    addPassphrase: (input) => calls.serial(() => keys.addPassphrase(input)),
    changePassphrase: (input) =>
      input.lockOutOldCopies ? rekey((job) => keys.changePassphrase(input, job)) : calls.serial(() => keys.changePassphrase(input)),
    remove: (input) => rekey((job) => keys.remove(input, job)),
    regenerateRecoveryCode: ({ confirm }) => rekey((job) => keys.regenerateRecoveryCode(confirm, job)),
    recoveryCodeSeen: () => calls.serial(() => keys.recoveryCodeSeen()),
  };
}
