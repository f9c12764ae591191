import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyCheck, readKeySlots, sealToSlot, writeKeySlots } from '../../src/core/keys/keyslots';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { expectCode, newVault, PASSPHRASE } from './helpers';

const pass = { kind: 'passphrase' as const, passphrase: PASSPHRASE };

/** Every file in the vault folder with its hash: "nothing overwritten" means this does not change. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== 'unlock-attempts.json')
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

function rawOpen(dir: string, recoveryCode: string): Database.Database {
  const db = new Database(join(dir, 'hearth.db'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${decodeRecoveryCode(recoveryCode).toString('hex')}'"`);
  return db;
}

async function lockedVault() {
  const v = await newVault();
  await v.core.vaults.lock();
  return v;
}

describe('a damaged or foreign vault is refused, and left exactly as it was', () => {
  it('refuses a vault from a newer Hearth with TOO_NEW', async () => {
    const v = await lockedVault();
    const db = rawOpen(v.dir, v.recoveryCode);
    db.pragma('user_version = 99');
    db.close();
    const before = snapshot(v.dir);
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass }), 'TOO_NEW');
    expect(snapshot(v.dir)).toEqual(before);
  });

  it('refuses a vault.json from a newer Hearth with TOO_NEW', async () => {
    const v = await lockedVault();
    const meta = JSON.parse(readFileSync(join(v.dir, 'vault.json'), 'utf8'));
    writeFileSync(join(v.dir, 'vault.json'), JSON.stringify({ ...meta, version: 7 }));
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass }), 'TOO_NEW');
  });

  const damages: [string, (file: string) => void][] = [
    ['truncated to half its pages', (f) => truncateSync(f, Math.floor(readFileSync(f).length / 8192) * 4096)],
    ['truncated mid-page', (f) => truncateSync(f, readFileSync(f).length - 100)],
    ['emptied', (f) => truncateSync(f, 0)],
    ['deleted', (f) => rmSync(f)],
    ['replaced by random bytes', (f) => writeFileSync(f, randomBytes(16384))],
    [
      'replaced by a plain SQLite file',
      (f) => {
        rmSync(f);
        const plain = new Database(f);
        plain.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
        plain.close();
      },
    ],
    [
      'given a flipped byte in its first page',
      (f) => {
        const bytes = readFileSync(f);
        bytes[200] = bytes[200]! ^ 0xff;
        writeFileSync(f, bytes);
      },
    ],
  ];

  for (const [what, damage] of damages) {
    it(`answers CORRUPT for a database file ${what}`, async () => {
      const v = await lockedVault();
      damage(join(v.dir, 'hearth.db'));
      const before = snapshot(v.dir);
      const e = await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass }), 'CORRUPT');
      expect(e.message).toMatch(/backup/);
      expect((e as unknown as { details?: { reason?: string } }).details?.reason).toBe('database');
      expect(snapshot(v.dir)).toEqual(before);
      expect((await v.core.app.status()).state).toBe('locked');
    });
  }

  it('answers CORRUPT for a flipped byte in the page that holds the partners', async () => {
    const v = await lockedVault();
    const db = rawOpen(v.dir, v.recoveryCode);
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'partners'").get() as { rootpage: number };
    db.close();
    const file = join(v.dir, 'hearth.db');
    const bytes = readFileSync(file);
    const offset = (rootpage - 1) * 4096 + 1000;
    bytes[offset] = bytes[offset]! ^ 0x01;
    writeFileSync(file, bytes);
    const before = snapshot(v.dir);
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass }), 'CORRUPT');
    expect(snapshot(v.dir)).toEqual(before);
  });
});

describe('a re-key interrupted by a crash', () => {
  it('still opens with a passphrase when the database has the new key but the slot files were not finished', async () => {
    const v = await newVault();
    const pending = readKeySlots(v.dir, v.vaultId)!;
    const oldMeta = readFileSync(join(v.dir, 'vault.json'));
    const { recoveryCode } = await v.core.keys.regenerateRecoveryCode({ confirm: pass });
    await v.core.vaults.lock();
    // Put the slot files back as they were between the two writes: old key, plus the next key pending.
    const next = decodeRecoveryCode(recoveryCode);
    writeKeySlots(v.dir, {
      ...pending,
      nextKeyCheck: keyCheck(next, v.vaultId),
      slots: pending.slots.map((s) => ({ ...s, nextDataKey: sealToSlot(s, v.vaultId, next) })),
    });
    writeFileSync(join(v.dir, 'vault.json'), oldMeta);
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass });
    const settled = readKeySlots(v.dir, v.vaultId)!;
    expect(settled.nextKeyCheck).toBeUndefined();
    expect(settled.keyCheck).toBe(keyCheck(next, v.vaultId));
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'recovery', code: recoveryCode } });
  });
});
