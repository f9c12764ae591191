import type { HearthError } from '../../../shared/errors';
import { t } from '../i18n/i18n.svelte';

/**
 * Why a vault would not open, when it is more than a wrong passphrase: the core's code (CORRUPT, TOO_NEW, IO) and,
 * for the damaged part, `details.reason`.
 */
export type DamageKind = 'database' | 'key-files' | 'vault-file' | 'too-new' | 'missing-folder' | 'disk-full' | 'unreadable';

export interface VaultDamage {
  kind: DamageKind;
  /** The words below are read from the catalogue (group `damagedVault`) each time, in the language spoken. */
  readonly title: string;
  /** What happened, in one or two sentences. */
  readonly what: string;
  /** What can be done, in order. */
  readonly steps: string[];
  /** The one thing Hearth itself can do next; none of them writes to the vault. */
  action: 'recovery-code' | 'try-again' | 'none';
}

/** Each kind's prefix in the catalogue group `damagedVault`, and how many steps it has. */
const WORDS: Record<DamageKind, { prefix: string; steps: number }> = {
  'too-new': { prefix: 'tooNew', steps: 2 },
  'disk-full': { prefix: 'diskFull', steps: 2 },
  'missing-folder': { prefix: 'missingFolder', steps: 2 },
  unreadable: { prefix: 'unreadable', steps: 3 },
  'key-files': { prefix: 'keyFiles', steps: 2 },
  'vault-file': { prefix: 'vaultFile', steps: 2 },
  database: { prefix: 'database', steps: 4 },
};

type DamageWord = 'tooNewTitle';
const say = (key: string) => t(`damagedVault.${key}` as `damagedVault.${DamageWord}`);

function damage(kind: DamageKind, action: VaultDamage['action']): VaultDamage {
  const { prefix, steps } = WORDS[kind];
  return {
    kind,
    action,
    get title() {
      return say(`${prefix}Title`);
    },
    get what() {
      return say(`${prefix}What`);
    },
    get steps() {
      return Array.from({ length: steps }, (_, i) => say(`${prefix}Step${i + 1}`));
    },
  };
}

export function describeDamage(error: HearthError): VaultDamage | null {
  const reason = error.details?.reason;
  switch (error.code) {
    case 'TOO_NEW':
      return damage('too-new', 'none');
    case 'IO':
      if (reason === 'disk-full') return damage('disk-full', 'try-again');
      if (reason === 'folder-missing') return damage('missing-folder', 'try-again');
      return damage('unreadable', 'try-again');
    case 'CORRUPT':
      if (reason === 'keyslots') return damage('key-files', 'recovery-code');
      if (reason === 'vault-file') return damage('vault-file', 'try-again');
      return damage('database', 'try-again');
    default:
      return null;
  }
}
