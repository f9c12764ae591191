import { z } from 'zod';
import type { PartnerId } from '../../../shared/basics';
import { LogLoveActionInput, SetLoveLanguagesInput } from '../../../shared/loveLanguages';
import { isoDateTime } from '../../../shared/text';
import type { Db } from '../../db/database';
import { sql } from '../../db/statements';
import { defineSection, sameItem, tally, type Outcome } from '../section';

/** A partner's languages, as the quiz (or their own choice) set them. */
const ProfileItem = z
  .object({ ...SetLoveLanguagesInput.shape, updatedAt: isoDateTime })
  .refine((p) => p.primary !== p.secondary, 'Choose a different second language, or none.');
type ProfileItem = z.infer<typeof ProfileItem>;
type ProfileRow = { partner: PartnerId; primary_language: ProfileItem['primary']; secondary_language: ProfileItem['secondary']; updated_at: string };

const toProfile = (r: ProfileRow): ProfileItem => ({ partner: r.partner, primary: r.primary_language, secondary: r.secondary_language, updatedAt: r.updated_at });

/** Each partner's love languages. Merge: by partner; the later `updatedAt` wins. */
export const loveLanguages = defineSection<ProfileItem>({
  name: 'loveLanguages',
  item: ProfileItem,
  export: (db) => sql<ProfileRow>(db, 'SELECT * FROM love_language_profiles ORDER BY partner').all().map(toProfile),
  import: (db, items) =>
    tally(
      items.map((item): Outcome => {
        const row = sql<ProfileRow>(db, 'SELECT * FROM love_language_profiles WHERE partner = ?').get(item.partner);
        if (row && (sameItem(toProfile(row), item) || row.updated_at >= item.updatedAt)) return 'skipped';
        sql(db, 'INSERT OR REPLACE INTO love_language_profiles (partner, primary_language, secondary_language, updated_at) VALUES (?, ?, ?, ?)').run(
          item.partner, item.primary, item.secondary, item.updatedAt,
        );
        return row ? 'updated' : 'added';
      }),
    ),
});

/** A small thing one partner did for the other: what `loveLanguages.logAction` takes, with its id and time. */
const ActionItem = z
  .object({ id: z.uuid(), ...LogLoveActionInput.shape, createdAt: isoDateTime })
  .refine((a) => a.by !== a.for, 'An action is something one partner does for the other.');
type ActionItem = z.infer<typeof ActionItem>;
type ActionRow = { id: string; by_partner: PartnerId; for_partner: PartnerId; language: ActionItem['language']; note: string; date: string; created_at: string };

const toAction = (r: ActionRow): ActionItem => ({ id: r.id, by: r.by_partner, for: r.for_partner, language: r.language, note: r.note, date: r.date, createdAt: r.created_at });

/**
 * Love-language actions. They are never edited, only logged (or removed), so there is nothing to be newer.
 * Merge: by id; an action not in the vault is added, one already there is kept (`skipped`). Nothing is deleted, so
 * an action removed in this vault but still in the file comes back. Actions are not searchable.
 */
export const loveLanguageActions = defineSection<ActionItem>({
  name: 'loveLanguageActions',
  item: ActionItem,
  export: (db: Db) => sql<ActionRow>(db, 'SELECT * FROM love_language_actions ORDER BY id').all().map(toAction),
  import: (db, items) =>
    tally(
      items.map(
        (a): Outcome =>
          sql(db, 'INSERT OR IGNORE INTO love_language_actions (id, by_partner, for_partner, language, note, date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
            a.id, a.by, a.for, a.language, a.note, a.date, a.createdAt,
          ).changes
            ? 'added'
            : 'skipped',
      ),
    ),
});
