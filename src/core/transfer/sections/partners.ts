import { z } from 'zod';
import { PartnerId } from '../../../shared/basics';
import type { Db } from '../../db/database';
import { sql } from '../../db/statements';
import { defineSection, tally } from '../section';

const Partner = z.object({ id: PartnerId, name: z.string().max(200) });
type Partner = z.infer<typeof Partner>;

/**
 * The couple's names, for reference. An import never renames the vault's partners: the couple named themselves
 * when they made it. Authors in every other section are 'a', 'b' or 'both', so entries land with the same partner.
 */
export const partners = defineSection<Partner>({
  name: 'partners',
  item: Partner,
  export: (db: Db) => sql<Partner>(db, 'SELECT id, name FROM partners ORDER BY id').all().map((p) => ({ id: p.id, name: p.name })),
  import: (_db, items) => tally(items.map(() => 'skipped' as const)),
});
