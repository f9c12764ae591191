import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import { DIR_MODE, writeFileAtomic } from './atomic-file';

export const VAULT_FORMAT_VERSION = 1;

/** The only plaintext description of a vault: what the start screen may show, and a key fingerprint. */
const VaultMeta = z.object({
  format: z.literal('hearth-vault'),
  version: z.number().int().min(1),
  id: z.uuid(),
  name: z.string().max(200),
  createdAt: z.string().max(40),
  keyCheck: z.string().max(200),
});
export type VaultMeta = z.infer<typeof VaultMeta>;

/** The files a vault folder holds. */
export function vaultPaths(dir: string) {
  return {
    dir,
    meta: join(dir, 'vault.json'),
    database: join(dir, 'hearth.db'),
    attempts: join(dir, 'unlock-attempts.json'),
    backups: join(dir, 'backups'),
  };
}

export function isVaultFolder(dir: string): boolean {
  return existsSync(vaultPaths(dir).meta);
}

export function readVaultMeta(dir: string): VaultMeta {
  const path = vaultPaths(dir).meta;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HearthError('NOT_A_VAULT', 'That folder does not hold a Hearth vault.');
    }
    if (error instanceof SyntaxError) throw new HearthError('CORRUPT', "The vault's description file (vault.json) is damaged.", { reason: 'vault-file' });
    throw error;
  }
  const format = z.object({ format: z.literal('hearth-vault'), version: z.number() }).safeParse(raw);
  if (!format.success) throw new HearthError('NOT_A_VAULT', 'That folder does not hold a Hearth vault.');
  if (format.data.version > VAULT_FORMAT_VERSION) {
    throw new HearthError('TOO_NEW', 'This vault was made by a newer version of Hearth. Update Hearth to open it; nothing was changed.');
  }
  const parsed = VaultMeta.safeParse(raw);
  if (!parsed.success) throw new HearthError('CORRUPT', "The vault's description file (vault.json) is damaged.", { reason: 'vault-file' });
  return parsed.data;
}

export function writeVaultMeta(dir: string, meta: VaultMeta): void {
  writeFileAtomic(vaultPaths(dir).meta, `${JSON.stringify(VaultMeta.parse(meta), null, 2)}\n`);
}

/** Create a folder only its owner can enter (and tighten an existing one). */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  if (process.platform !== 'win32') chmodSync(dir, DIR_MODE);
}
