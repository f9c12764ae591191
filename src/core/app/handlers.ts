import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { VaultService } from '../vaults/vault-service';

export function appHandlers(vaults: VaultService, calls: Calls): CoreApi['app'] {
  return {
    status: () => calls.serial(() => vaults.status()),
  };
}
