import { timingSafeEqual } from 'node:crypto';
import type { Secret } from '../../shared/keys';
import type { Clock } from '../platform';
import { UnlockAttempts } from '../vaults/attempts';
import { vaultPaths } from '../vaults/folder';
import type { UnlockedVault } from '../vaults/unlocked-vault';
import { openSlot, readKeySlots } from './keyslots';
import { decodeRecoveryCode } from './recovery-code';
import { sortSlots } from './slot-trust';
import { wrongSecret } from './unlock-keys';

/**
 * Check that the person at the keyboard holds this vault (a passphrase of any slot, or the
 * recovery code) before a change to its keys. Failures count toward the unlock delay.
 */
export async function verifySecret(vault: UnlockedVault, secret: Secret, clock: Clock): Promise<void> {
  const attempts = new UnlockAttempts(vaultPaths(vault.dir).attempts, clock);
  attempts.assertAllowed();
  let ok = false;
  if (secret.kind === 'recovery') {
    const key = decodeRecoveryCode(secret.code);
    ok = key.length === vault.dataKey.length && timingSafeEqual(key, vault.dataKey);
    key.fill(0);
  } else {
    const file = readKeySlots(vault.dir, vault.meta.id);
    // Only the vault's own slots: one added by hand beside it proves nothing (slot-trust.ts).
    for (const slot of sortSlots(vault.db, file?.slots ?? [], clock.now()).trusted) {
      const privateKey = await openSlot(slot, vault.meta.id, secret.passphrase);
      if (privateKey) {
        privateKey.fill(0);
        ok = true;
        break;
      }
    }
  }
  if (!ok) {
    attempts.recordFailure();
    throw wrongSecret();
  }
  attempts.reset();
}
