import { z } from 'zod';
import { LIMITS, passphrase } from './text';

/** What a file being imported turned out to be. */
export const IMPORT_FORMATS = ['hearth', 'mini-diary', 'day-one', 'jrnl'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ExportAllInput = z
  .object({
    /** Encrypt the file with this passphrase (Argon2id + AES-256-GCM); without it the file is plain JSON. */
    passphrase: passphrase.optional(),
  })
  .strict();
export type ExportAllInput = z.input<typeof ExportAllInput>;

export const ExportSaved = z.object({ saved: z.boolean(), path: z.string().optional() });
export type ExportSaved = z.infer<typeof ExportSaved>;

export const ChosenFile = z.object({ path: z.string().nullable() });

export const ImportFileInput = z
  .object({
    path: z
      .string()
      .min(1)
      .max(LIMITS.path)
      .refine((s) => s.isWellFormed() && !s.includes('\u0000'), 'That is not a usable file path.'),
    /** For an encrypted Hearth export. */
    passphrase: z.string().min(1).max(LIMITS.passphraseMax).optional(),
  })
  .strict();
export type ImportFileInput = z.input<typeof ImportFileInput>;

export const ImportCounts = z.object({ added: z.number(), updated: z.number(), skipped: z.number() });
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportReport = z.object({
  format: ImportFormat,
  /** Per kind of content (`timeline`, `drafts`, …): what was added, updated and left as it was. */
  counts: z.record(z.string(), ImportCounts),
  /** Kinds in the file that this version of Hearth does not know; nothing of them was imported. */
  unknownSections: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;
