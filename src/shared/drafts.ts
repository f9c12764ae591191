import { z } from 'zod';
import { LIMITS } from './text';

/** Where a draft belongs: `<area>:new` or `<area>:<id>`, e.g. `timeline:new`. */
export const DraftKey = z.string().max(100).regex(/^[a-z-]+:[a-z0-9-]+$/, 'That is not a draft key.');

export const SaveDraftInput = z
  .object({
    key: DraftKey,
    /** The form's fields as JSON, written by the renderer that owns the form. */
    content: z.string().max(LIMITS.body * 2).refine((s) => s.isWellFormed(), 'Text contains broken characters.'),
    /** The version of the record the draft edits, when it edits one. */
    baseVersion: z.number().int().min(1).nullable().default(null),
  })
  .strict();

export const Draft = z.object({ key: z.string(), content: z.string(), baseVersion: z.number().nullable(), savedAt: z.string() });
export type Draft = z.infer<typeof Draft>;
export const DraftSummary = z.object({ key: z.string(), savedAt: z.string() });
export const DraftRef = z.object({ key: DraftKey }).strict();
