import type { Migration } from './index';

/**
 * The guide asks how each partner best gives love as well as how they best receive it. A profile keeps, beside the
 * languages a partner hears love in, the ones they most naturally show it in; both optional, none for a vault made
 * before (nothing is guessed).
 */
export const loveLanguagesGiven: Migration = {
  version: 9,
  name: 'love-languages-given',
  up(db) {
    db.exec(`
      ALTER TABLE love_language_profiles ADD COLUMN gives_primary TEXT
        CHECK (gives_primary IN ('words', 'acts', 'gifts', 'time', 'touch'));
      ALTER TABLE love_language_profiles ADD COLUMN gives_secondary TEXT
        CHECK (gives_secondary IS NULL OR (gives_secondary IN ('words', 'acts', 'gifts', 'time', 'touch') AND gives_primary IS NOT NULL AND gives_secondary <> gives_primary));
    `);
  },
};
