// A child process for the crash test: unlocks a vault and writes without pause until it is killed.
// After each committed write it prints one line, so the parent knows exactly what must survive.
import { createCore } from '../../../src/core';

const [dataDir, vaultId, passphrase] = process.argv.slice(2) as [string, string, string];
const core = createCore({
  dataDir,
  platform: { chooseFolder: async () => null, chooseSavePath: async () => null },
  kdf: { m: 1024, t: 1, p: 1 },
});

await core.vaults.unlock({ vaultId, secret: { kind: 'passphrase', passphrase } });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const event = await core.timeline.create({
    kind: 'memory',
    title: `Written before the crash ${i}`,
    body: `Entry ${i}: `.padEnd(2000, 'so much to say '),
    startDate: '2024-05-01',
    endDate: null,
    author: 'both',
    valence: 1,
    tags: ['crash-test'],
  });
  process.stdout.write(`event ${event.id}\n`);
  const draft = await core.drafts.save({ key: `timeline:${event.id}`, content: JSON.stringify({ i }), baseVersion: 1 });
  process.stdout.write(`draft ${draft.key}\n`);
}
