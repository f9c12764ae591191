import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { VaultService } from './vault-service';

export interface VaultHandlerOptions {
  /** After any way in (create or unlock): the idle watch and the check-in reminder start. */
  afterWayIn: () => void;
  /** A lock never waits its turn (see core.ts). */
  lockNow: () => void;
}

export function vaultsHandlers(vaults: VaultService, calls: Calls, { afterWayIn, lockNow }: VaultHandlerOptions): CoreApi['vaults'] {
  const wayIn = async <T>(work: Promise<T>): Promise<T> => {
    const value = await work;
    afterWayIn();
    return value;
  };
  return {
    list: () => calls.serial(() => vaults.list()),
    create: (input) => wayIn(calls.serial(() => vaults.create(input))),
    // Outside the queue: a folder dialog left open must not hold up a lock.
    chooseFolder: () => vaults.chooseFolder(),
    addFromFolder: ({ folder }) => calls.serial(() => vaults.addFromFolder(folder)),
    forget: ({ vaultId }) => calls.serial(() => vaults.forget(vaultId)),
    unlock: ({ vaultId, secret }) => wayIn(calls.serial(() => vaults.unlock(vaultId, secret))),
    lock: () => calls.outside(lockNow),
  };
}
