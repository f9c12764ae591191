import type { z } from 'zod';
import type { ImportCounts } from '../../shared/transfer';
import type { Db } from '../db/database';

/**
 * One kind of content in the full export: how its rows become items of the file, and how items of a file
 * merge back into a vault. Merges go by stable ids, never duplicate, never delete, and each kind says when an
 * incoming item is newer than the vault's. Adding a kind is one file in sections/ and one line in the registry.
 */
export interface ExportSection<Item> {
  /** The key under `sections` in the file. */
  readonly name: string;
  /** One item as the file holds it; parsing it also normalises it exactly as the vault stores it. */
  readonly item: z.ZodType<Item>;
  /** Every row of this kind, in a stable order (so two exports of the same vault are byte-identical). */
  export(db: Db): Item[];
  /** Runs inside the import's one transaction, after the sections listed before it. */
  import(db: Db, items: readonly Item[]): ImportCounts;
}

export type Outcome = 'added' | 'updated' | 'skipped';

export function tally(outcomes: Iterable<Outcome>): ImportCounts {
  const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
  for (const o of outcomes) counts[o]++;
  return counts;
}

/** Same item, byte for byte, as the file would hold it. */
export function sameItem(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Erase an item's type for the registry; each section keeps its own types inside. */
export function defineSection<Item>(section: ExportSection<Item>): ExportSection<unknown> {
  return section as unknown as ExportSection<unknown>;
}
