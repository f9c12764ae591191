import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CODES, HearthError, type DamageReason } from '../../../shared/errors';
import { useLanguage } from '../i18n/i18n.svelte';
import de from '../../../shared/i18n/catalogues/errors/de';
import en from '../../../shared/i18n/catalogues/errors/en';
import { describeError } from './errors';

const REASONS: DamageReason[] = ['database', 'keyslots', 'vault-file', 'disk-full', 'folder-missing', 'folder-unreadable'];
const PRECISE = 'The core’s own, precise sentence.';

afterEach(async () => {
  await useLanguage('en');
});

describe('describeError', () => {
  it('has a sentence for every error code, in every language', () => {
    for (const code of ERROR_CODES) {
      expect(en[code], code).toBeTruthy();
      expect(de[code], code).toBeTruthy();
    }
  });

  it('keeps the core’s own message in English, whatever the code and details', () => {
    for (const code of ERROR_CODES) expect(describeError(new HearthError(code, PRECISE)), code).toBe(PRECISE);
    for (const reason of REASONS) expect(describeError(new HearthError('CORRUPT', PRECISE, { reason })), reason).toBe(PRECISE);
    expect(describeError(new HearthError('RATE_LIMITED', PRECISE, { retryAfterMs: 5_000 }))).toBe(PRECISE);
  });

  it('says the catalogue’s sentence for each code in German, never the core’s English', async () => {
    await useLanguage('de');
    for (const code of ERROR_CODES) expect(describeError(new HearthError(code, PRECISE)), code).toBe(de[code]);
  });

  it('says which part is damaged or out of reach (CORRUPT and IO, by details.reason)', async () => {
    await useLanguage('de');
    expect(describeError(new HearthError('CORRUPT', PRECISE, { reason: 'database' }))).toBe(de.reasonDatabase);
    expect(describeError(new HearthError('CORRUPT', PRECISE, { reason: 'keyslots' }))).toBe(de.reasonKeyslots);
    expect(describeError(new HearthError('CORRUPT', PRECISE, { reason: 'vault-file' }))).toBe(de.reasonVaultFile);
    expect(describeError(new HearthError('IO', PRECISE, { reason: 'disk-full' }))).toBe(de.reasonDiskFull);
    expect(describeError(new HearthError('IO', PRECISE, { reason: 'folder-missing' }))).toBe(de.reasonFolderMissing);
    expect(describeError(new HearthError('IO', PRECISE, { reason: 'folder-unreadable' }))).toBe(de.reasonFolderUnreadable);
  });

  it('says how long to wait when there were too many tries', async () => {
    await useLanguage('de');
    expect(describeError(new HearthError('RATE_LIMITED', PRECISE, { retryAfterMs: 30_000 }))).toBe('Zu viele Versuche. Warte 30 Sekunden und versuch es dann noch einmal.');
    expect(describeError(new HearthError('RATE_LIMITED', PRECISE, { retryAfterMs: 400 }))).toBe('Zu viele Versuche. Warte 1 Sekunde und versuch es dann noch einmal.');
    expect(describeError(new HearthError('RATE_LIMITED', PRECISE))).toBe(de.RATE_LIMITED);
  });

  it('names the field that was refused where it can', async () => {
    await useLanguage('de');
    expect(describeError(new HearthError('VALIDATION', PRECISE, { field: 'password' }))).toBe(de.validationPassword);
    expect(describeError(new HearthError('VALIDATION', PRECISE, { field: 'secret.code' }))).toBe(de.validationRecoveryCode);
    expect(describeError(new HearthError('VALIDATION', PRECISE, { field: 'title' }))).toBe(de.VALIDATION);
  });

  it('answers anything that is not a HearthError calmly, in the language spoken', async () => {
    expect(describeError(new Error('ENOENT: /tmp/x'))).toBe(en.unexpected);
    await useLanguage('de');
    expect(describeError(new Error('ENOENT: /tmp/x'))).toBe(de.unexpected);
  });
});
