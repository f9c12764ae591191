import { isHearthError, type DamageReason, type HearthError } from '../../../shared/errors';
import { t } from '../i18n/i18n.svelte';

/** A message with where i18next found it: `usedLng` is the language of the catalogue that answered. */
type Said = { res: string; usedLng: string };
const sayWithDetails = t as unknown as (key: string, options: Record<string, unknown>) => Said;

/**
 * The core's own English words while Hearth speaks English, else the catalogue's message `key` in the language
 * spoken. The core writes its sentences (error messages, the insights' readings) in English, more precisely than a
 * message chosen by code can be; a language whose catalogue lacks `key` falls back to English, and so to them too.
 */
export function coreOrCatalogue(english: string, key: string, values: Record<string, unknown> = {}): string {
  const said = sayWithDetails(key, { ...values, returnDetails: true });
  return said.usedLng === 'en' ? english : said.res;
}

const REASONS: Record<DamageReason, string> = {
  database: 'errors.reasonDatabase',
  keyslots: 'errors.reasonKeyslots',
  'vault-file': 'errors.reasonVaultFile',
  'disk-full': 'errors.reasonDiskFull',
  'folder-missing': 'errors.reasonFolderMissing',
  'folder-unreadable': 'errors.reasonFolderUnreadable',
};

/** The catalogue's message for a HearthError: by the damaged part, the field, the wait, or else the code. */
function messageOf(error: HearthError): [key: string, values?: Record<string, unknown>] {
  const { reason, field, retryAfterMs } = error.details ?? {};
  if ((error.code === 'CORRUPT' || error.code === 'IO') && reason) return [REASONS[reason]];
  if (error.code === 'VALIDATION' && field === 'password') return ['errors.validationPassword'];
  if (error.code === 'VALIDATION' && field === 'secret.code') return ['errors.validationRecoveryCode'];
  if (error.code === 'RATE_LIMITED' && retryAfterMs !== undefined) return ['errors.rateLimitedWait', { count: Math.max(1, Math.ceil(retryAfterMs / 1000)) }];
  return [`errors.${error.code}`];
}

/**
 * The sentence to show for anything a call threw, in the language spoken: in English the core's own words; in any
 * other language the catalogue's (group `errors`), chosen by the error's code and details. Anything that is not a
 * HearthError gets a calm fallback.
 */
export function describeError(error: unknown): string {
  if (!isHearthError(error)) return t('errors.unexpected');
  const [key, values] = messageOf(error);
  return coreOrCatalogue(error.message, key, values);
}

/** Runs `work`; when it throws, hands `fail` the sentence to show and answers false. */
export async function attempt(work: () => Promise<void>, fail: (message: string) => void): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    fail(describeError(error));
    return false;
  }
}
