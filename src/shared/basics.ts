import { z } from 'zod';
import { LIMITS } from './text';

/** The small types every area shares: who, which day, and free text. */

export const PartnerId = z.enum(['a', 'b']);
export type PartnerId = z.infer<typeof PartnerId>;

export const Partner = z.object({ id: PartnerId, name: z.string() });
export type Partner = z.infer<typeof Partner>;

/** Who wrote an entry: either partner, or both together. */
export const Author = z.enum(['a', 'b', 'both']);
export type Author = z.infer<typeof Author>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD, between 1900 and 2200. */
export const Day = z
  .string()
  .max(10)
  .refine((s) => {
    const m = DAY.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return y >= 1900 && y <= 2200 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  }, 'That is not a real date.');
export type Day = z.infer<typeof Day>;

/** Free text: any length up to the limit, well-formed, no control characters, stored in NFC. */
export const Body = z
  .string()
  .max(LIMITS.body)
  .refine((s) => s.isWellFormed(), 'Text contains broken characters.')
  .refine((s) => !s.includes('\u0000'), 'Text contains control characters.')
  .transform((s) => s.normalize('NFC'));
