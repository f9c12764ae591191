import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { BackupService } from './backup-service';

export function backupsHandlers(backups: BackupService, calls: Calls): CoreApi['backups'] {
  return {
    // A backup being made is waited for outside the queue, so the list never holds up other calls.
    list: () => calls.background(() => ({ done: backups.list() })),
    backupNow: (target) => calls.tracked.run('backup', (job) => calls.background(() => backups.startBackupNow(target, job))),
    restore: ({ id }) => calls.tracked.run('restore', (job) => calls.exclusive(() => backups.restore(id, job))),
  };
}
