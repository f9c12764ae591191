import type { PartnerId } from '../../shared/basics';
import type { LoveAction, LoveLanguageId } from '../../shared/loveLanguages';
import type { Db } from '../db/database';
import { sql } from '../db/statements';

// The love-language tables: every statement on them, their rows, and each row read once into the shape the app and
// the full export both hold.

/** A partner's chosen languages, as stored. */
export interface StoredProfile {
  partner: PartnerId;
  primary: LoveLanguageId;
  secondary: LoveLanguageId | null;
  givesPrimary: LoveLanguageId | null;
  givesSecondary: LoveLanguageId | null;
  updatedAt: string;
}

type ProfileRow = {
  partner: PartnerId;
  primary_language: LoveLanguageId;
  secondary_language: LoveLanguageId | null;
  gives_primary: LoveLanguageId | null;
  gives_secondary: LoveLanguageId | null;
  updated_at: string;
};
type ActionRow = { id: string; by_partner: PartnerId; for_partner: PartnerId; language: LoveLanguageId; note: string; date: string; created_at: string };

const toProfile = (r: ProfileRow): StoredProfile => ({
  partner: r.partner,
  primary: r.primary_language,
  secondary: r.secondary_language,
  givesPrimary: r.gives_primary,
  givesSecondary: r.gives_secondary,
  updatedAt: r.updated_at,
});
const PROFILE_COLUMNS = 'partner, primary_language, secondary_language, gives_primary, gives_secondary, updated_at';
const toAction = (r: ActionRow): LoveAction => ({ id: r.id, by: r.by_partner, for: r.for_partner, language: r.language, note: r.note, date: r.date, createdAt: r.created_at });

/** The profiles there are (none, one or both partners'), partner a's first. */
export function profiles(db: Db): StoredProfile[] {
  return sql<ProfileRow>(db, `SELECT ${PROFILE_COLUMNS} FROM love_language_profiles ORDER BY partner`).all().map(toProfile);
}

export function findProfile(db: Db, partner: PartnerId): StoredProfile | undefined {
  const row = sql<ProfileRow>(db, `SELECT ${PROFILE_COLUMNS} FROM love_language_profiles WHERE partner = ?`).get(partner);
  return row ? toProfile(row) : undefined;
}

/** Writes a partner's profile, replacing theirs if there is one. */
export function putProfile(db: Db, profile: StoredProfile): void {
  sql(db, `INSERT OR REPLACE INTO love_language_profiles (${PROFILE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`).run(
    profile.partner,
    profile.primary,
    profile.secondary,
    profile.givesPrimary,
    profile.givesSecondary,
    profile.updatedAt,
  );
}

const INSERT_ACTION = 'INTO love_language_actions (id, by_partner, for_partner, language, note, date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)';
const actionValues = (a: LoveAction) => [a.id, a.by, a.for, a.language, a.note, a.date, a.createdAt];

export function insertAction(db: Db, action: LoveAction): void {
  sql(db, `INSERT ${INSERT_ACTION}`).run(...actionValues(action));
}

/** Adds an action unless one with its id is there; true when it was added. */
export function insertActionIfNew(db: Db, action: LoveAction): boolean {
  return sql(db, `INSERT OR IGNORE ${INSERT_ACTION}`).run(...actionValues(action)).changes > 0;
}

/** True when there was such an action. */
export function deleteAction(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM love_language_actions WHERE id = ?').run(id).changes > 0;
}

/** Actions dated from `from` to `to` (days, both included), the latest first, at most a thousand. */
export function actionsBetween(db: Db, from: string, to: string): LoveAction[] {
  return sql<ActionRow>(db, 'SELECT * FROM love_language_actions WHERE date BETWEEN ? AND ? ORDER BY date DESC, created_at DESC, id DESC LIMIT 1000')
    .all(from, to)
    .map(toAction);
}

/** Every action, by id (the full export's order). */
export function allActions(db: Db): LoveAction[] {
  return sql<ActionRow>(db, 'SELECT * FROM love_language_actions ORDER BY id').all().map(toAction);
}

/** How many actions dated from `from` to `to` were done for each partner in each language (pairs with none are left out). */
export function actionCounts(db: Db, from: string, to: string): { forPartner: PartnerId; language: LoveLanguageId; n: number }[] {
  return sql<{ for_partner: PartnerId; language: LoveLanguageId; n: number }>(
    db,
    'SELECT for_partner, language, count(*) AS n FROM love_language_actions WHERE date BETWEEN ? AND ? GROUP BY for_partner, language',
  )
    .all(from, to)
    .map((r) => ({ forPartner: r.for_partner, language: r.language, n: r.n }));
}
