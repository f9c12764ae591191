import { z } from 'zod';

/** Limits that are generous for people and finite for the machine. */
export const LIMITS = {
  name: 80,
  label: 80,
  passphraseMin: 8,
  passphraseMax: 1024,
  recoveryCode: 200,
  path: 4096,
  body: 200_000,
} as const;

// C0/C1 controls other than tab and newline never belong in text a person typed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** A single line of text: well-formed UTF-16, no control characters, trimmed, bounded. */
export function line(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => s.isWellFormed(), 'Text contains broken characters.')
    .refine((s) => !CONTROL.test(s) && !s.includes('\n'), 'Text contains control characters.')
    .transform((s) => s.normalize('NFC').trim());
}

/** A non-empty single line. */
export function requiredLine(max: number) {
  return line(max).refine((s) => s.length > 0, 'This cannot be empty.');
}

/** A secret is never trimmed or normalised beyond NFC: what was typed is what is derived. */
export const passphrase = z
  .string()
  .min(LIMITS.passphraseMin, `A passphrase needs at least ${LIMITS.passphraseMin} characters.`)
  .max(LIMITS.passphraseMax)
  .refine((s) => s.isWellFormed(), 'Text contains broken characters.')
  .transform((s) => s.normalize('NFC'));

export const folderPath = z
  .string()
  .min(1)
  .max(LIMITS.path)
  .refine((s) => s.isWellFormed() && !s.includes('\u0000'), 'That is not a usable folder path.');

export const isoDateTime = z.iso.datetime({ offset: true });
