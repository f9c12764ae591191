import { z } from 'zod';
import { LogLoveActionInput, LoveLanguageId, SetLoveLanguagesInput } from '../../../shared/loveLanguages';
import { isoDateTime } from '../../../shared/text';
import { allActions, findProfile, insertActionIfNew, profiles, putProfile } from '../../loveLanguages/love-language-repository';
import { defineSection, sameItem, tally, type Outcome } from '../section';

/** A partner's languages, as the quiz (or their own choice) set them. */
const ProfileItem = z
  .object({
    ...SetLoveLanguagesInput.shape,
    // A file from before Hearth kept the languages given has none: they import as not chosen.
    givesPrimary: LoveLanguageId.nullable().default(null),
    givesSecondary: LoveLanguageId.nullable().default(null),
    updatedAt: isoDateTime,
  })
  .refine((p) => p.primary !== p.secondary, 'Choose a different second language, or none.')
  .refine((p) => !p.givesSecondary || (p.givesPrimary && p.givesPrimary !== p.givesSecondary), 'A second way of showing love needs a different first one.');
type ProfileItem = z.infer<typeof ProfileItem>;

/** Each partner's love languages. Merge: by partner; the later `updatedAt` wins. */
export const loveLanguages = defineSection<ProfileItem>({
  name: 'loveLanguages',
  item: ProfileItem,
  export: (db) => profiles(db),
  import: (db, items) =>
    tally(
      items.map((item): Outcome => {
        const row = findProfile(db, item.partner);
        if (row && (sameItem(row, item) || row.updatedAt >= item.updatedAt)) return 'skipped';
        putProfile(db, item);
        return row ? 'updated' : 'added';
      }),
    ),
});

/** A small thing one partner did for the other: what `loveLanguages.logAction` takes, with its id and time. */
const ActionItem = z
  .object({ id: z.uuid(), ...LogLoveActionInput.shape, createdAt: isoDateTime })
  .refine((a) => a.by !== a.for, 'An action is something one partner does for the other.');
type ActionItem = z.infer<typeof ActionItem>;

/**
 * Love-language actions. They are never edited, only logged (or removed), so there is nothing to be newer.
 * Merge: by id; an action not in the vault is added, one already there is kept (`skipped`). Nothing is deleted, so
 * an action removed in this vault but still in the file comes back. Actions are not searchable.
 */
export const loveLanguageActions = defineSection<ActionItem>({
  name: 'loveLanguageActions',
  item: ActionItem,
  export: (db) => allActions(db),
  import: (db, items) => tally(items.map((a): Outcome => (insertActionIfNew(db, a) ? 'added' : 'skipped'))),
});
