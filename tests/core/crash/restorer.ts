// A child process for the restore crash test: unlocks a vault and restores a backup, but kills itself (SIGKILL) just
// before the Nth rename or removal the restore makes on this thread, leaving the folder as a crash at that step would.
// When the restore gets past every step it prints "restored".
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { createCore } from '../../../src/core';

const [dataDir, vaultId, passphrase, backupId, stopAt] = process.argv.slice(2) as [string, string, string, string, string];
const core = createCore({
  dataDir,
  platform: { chooseFolder: async () => null, chooseSavePath: async () => null },
  kdf: { m: 1024, t: 1, p: 1 },
});
await core.vaults.unlock({ vaultId, secret: { kind: 'passphrase', passphrase } });

let steps = 0;
const patched = fs as unknown as Record<'renameSync' | 'rmSync' | 'unlinkSync', (...args: unknown[]) => unknown>;
for (const name of ['renameSync', 'rmSync', 'unlinkSync'] as const) {
  const real = patched[name];
  patched[name] = (...args: unknown[]) => {
    if (++steps === Number(stopAt)) process.kill(process.pid, 'SIGKILL');
    return real(...args);
  };
}
syncBuiltinESMExports(); // the named imports (`import { renameSync } from 'node:fs'`) see the wrappers too

await core.backups.restore({ id: backupId });
process.stdout.write(`restored after ${steps} steps\n`);
await core.close();
