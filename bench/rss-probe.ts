/**
 * Run in a fresh Node process (`node --import tsx bench/rss-probe.ts <dataDir> <vaultId>`) so the
 * resident memory after unlock is the app's, not the benchmark generator's: unlock, read the first
 * timeline page, print JSON with the RSS in MB.
 */
import { createCore } from '../src/core';
import { BENCH_PASSPHRASE, benchPlatform, clientFor } from './client';

const [dataDir, vaultId] = process.argv.slice(2);
if (!dataDir || !vaultId) throw new Error('usage: rss-probe.ts <dataDir> <vaultId>');
const core = createCore({ dataDir, platform: benchPlatform, kdf: { m: 1024, t: 1, p: 1 } });
const client = clientFor(core);
const before = process.memoryUsage().rss;
await client.vaults.unlock({ vaultId, secret: { kind: 'passphrase', passphrase: BENCH_PASSPHRASE } });
await client.timeline.list({});
const after = process.memoryUsage().rss;
await client.close();
process.stdout.write(JSON.stringify({ rssBeforeMb: before / 2 ** 20, rssAfterMb: after / 2 ** 20 }) + '\n');
