import { z } from 'zod';

/** A piece of a title or snippet; `match` marks the words that matched, so nothing is rendered as HTML. */
export const Segment = z.object({ text: z.string(), match: z.boolean() });
export type Segment = z.infer<typeof Segment>;

export const SEARCH_KINDS = ['timeline', 'reflection', 'checkin', 'journal'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchInput = z
  .object({
    text: z.string().min(1).max(200).refine((s) => s.isWellFormed(), 'Text contains broken characters.'),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();

export const SearchHit = z.object({ id: z.string(), title: z.array(Segment), snippet: z.array(Segment), date: z.string() });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({
  groups: z.array(z.object({ kind: SearchKind, hits: z.array(SearchHit) })),
  total: z.number(),
});
export type SearchResults = z.infer<typeof SearchResults>;
