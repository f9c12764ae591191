import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { TransferService } from './transfer-service';

export function transferHandlers(transfer: TransferService, calls: Calls): CoreApi['transfer'] {
  return {
    exportAll: ({ passphrase }) => calls.tracked.run('exportAll', (job) => calls.background(() => transfer.startExport(passphrase, job))),
    chooseFile: () => calls.serial(() => transfer.chooseFile()),
    importFile: ({ path, passphrase }) => calls.tracked.run('import', (job) => calls.serial(() => transfer.importFile(path, passphrase, job))),
  };
}
