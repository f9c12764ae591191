import { z } from 'zod';
import { LIMITS } from './text';
import { Day } from './basics';

/**
 * The therapy export: what the couple chooses to share, a page-by-page preview, and the saved file.
 * One document model feeds the PDF, the Markdown and the preview, so all three say the same thing.
 */

export const EXPORT_KINDS = ['timeline', 'conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights'] as const;
export const ExportKind = z.enum(EXPORT_KINDS);
export type ExportKind = z.infer<typeof ExportKind>;

/** What each kind is called in the export and in the renderer's choices. */
export const EXPORT_KIND_LABELS: Record<ExportKind, { one: string; many: string }> = {
  timeline: { one: 'Timeline moment', many: 'Timeline moments' },
  conflict: { one: 'Conflict reflection', many: 'Conflict reflections' },
  aftermath: { one: 'Aftermath of a hard moment', many: 'Aftermaths of hard moments' },
  forgiveness: { one: 'Forgiveness reflection', many: 'Forgiveness reflections' },
  checkin: { one: 'Check-in', many: 'Check-ins' },
  appreciation: { one: 'Appreciations', many: 'Appreciation sessions' },
  journal: { one: 'Journal entry', many: 'Journal entries' },
  insights: { one: 'Chart', many: 'Insights charts' },
};

/** Whose entries: one partner's own (and what they wrote together), or both. */
export const ExportWho = z.enum(['a', 'b', 'both']);
export type ExportWho = z.infer<typeof ExportWho>;

export const ExportItemId = z.string().min(1).max(80);

export const ExportSelection = z
  .object({
    from: Day.optional(),
    to: Day.optional(),
    kinds: z
      .array(ExportKind)
      .max(EXPORT_KINDS.length)
      .transform((kinds) => [...new Set(kinds)]),
    who: ExportWho.default('both'),
    /** Items the couple unticked in the checklist. */
    exclude: z.array(ExportItemId).max(20_000).default([]),
  })
  .strict()
  .refine((s) => !s.from || !s.to || s.from <= s.to, { message: 'The end of a range comes on or after its start.', path: ['to'] });
export type ExportSelection = z.input<typeof ExportSelection>;

export const ExportCandidate = z.object({
  id: z.string(),
  kind: ExportKind,
  /** The day it belongs to; null for a chart, which covers the whole range. */
  date: z.string().nullable(),
  title: z.string(),
  author: z.enum(['a', 'b', 'both']),
  /** A reflection marked "for therapy" while it was written. */
  marked: z.boolean(),
});
export type ExportCandidate = z.infer<typeof ExportCandidate>;

export const ExportPreviewInput = z.object({ selection: ExportSelection, includeNames: z.boolean().default(false) }).strict();
export type ExportPreviewInput = z.input<typeof ExportPreviewInput>;

export const SaveExportInput = z
  .object({
    selection: ExportSelection,
    format: z.enum(['pdf', 'markdown']),
    includeNames: z.boolean().default(false),
    /**
     * Protects the PDF with AES-256 (revision 6); a Markdown file is plain text and cannot carry one. Held by the core
     * to the same strength rule as a passphrase (src/shared/strength.ts), refused as VALIDATION on `password`.
     * Whatever a keyboard cannot type (broken characters, control characters) is refused here; NFC as typed.
     */
    password: z
      .string()
      .min(1)
      .max(LIMITS.passphraseMax)
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .refine((s) => s.isWellFormed() && !/[\u0000-\u001F\u007F]/u.test(s), 'That password holds characters a keyboard cannot type. Choose another.')
      .transform((s) => s.normalize('NFC'))
      .optional(),
  })
  .strict()
  .refine((s) => s.format === 'pdf' || s.password === undefined, {
    message: 'A Markdown file is plain text and cannot be protected with a password.',
    path: ['password'],
  });
export type SaveExportInput = z.input<typeof SaveExportInput>;

export const TherapyExportSaved = z.object({ saved: z.boolean(), path: z.string().optional(), pages: z.number().optional() });

export const ExportProgress = z.object({
  running: z.boolean(),
  phase: z.enum(['idle', 'gathering', 'laying-out', 'writing']),
  done: z.number(),
  total: z.number(),
});
export type ExportProgress = z.infer<typeof ExportProgress>;

// ───────────────────────── Charts (drawn as vectors in the PDF, as SVG in the preview) ─────────────────────────

export const ChartSpec = z.object({
  type: z.enum(['line', 'bar']),
  /** One label per point along the bottom. */
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
  yMin: z.number(),
  yMax: z.number(),
  yLabel: z.string(),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

// ───────────────────────── The preview: pages of structured blocks ─────────────────────────

export const ExportPreviewBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('title'), title: z.string(), lines: z.array(z.string()) }),
  z.object({
    type: z.literal('contents'),
    entries: z.array(z.object({ level: z.union([z.literal(1), z.literal(2)]), title: z.string(), date: z.string(), page: z.number() })),
  }),
  z.object({ type: z.literal('section'), title: z.string() }),
  z.object({ type: z.literal('item'), kind: z.string(), date: z.string(), title: z.string(), byline: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  /** A labelled answer, as the lines on this page read; `continued` when it began on an earlier page. */
  z.object({ type: z.literal('field'), label: z.string(), text: z.string(), continued: z.boolean() }),
  z.object({ type: z.literal('note'), text: z.string() }),
  z.object({
    type: z.literal('sides'),
    headings: z.array(z.string()),
    rows: z.array(z.object({ label: z.string(), cells: z.array(z.string()), continued: z.boolean() })),
  }),
  z.object({ type: z.literal('chart'), title: z.string(), reading: z.string(), chart: ChartSpec }),
]);
export type ExportPreviewBlock = z.infer<typeof ExportPreviewBlock>;

export const ExportPreviewPage = z.object({ number: z.number(), blocks: z.array(ExportPreviewBlock) });
export type ExportPreviewPage = z.infer<typeof ExportPreviewPage>;

export const ExportPreview = z.object({ pages: z.array(ExportPreviewPage), items: z.number() });
export type ExportPreview = z.infer<typeof ExportPreview>;
