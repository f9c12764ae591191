/** The languages Hearth's words come in. English is the source every other catalogue is translated from. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Languages every screen is translated into. The system's language is followed only when it is one of these; a
 * language still being translated can be chosen in Settings, which says that some screens are still in English.
 */
export const COMPLETE_LANGUAGES: readonly Language[] = ['en', 'de'];

/**
 * The language Hearth speaks: the one chosen in Settings, else the first of the system's languages (in the person's
 * order, BCP 47 tags such as "de-AT") that every screen is translated into, else English. The renderer and the core
 * (the therapy export, Insights' readings, the reminder, the menus) decide it alike, so they always speak as one.
 */
export function spokenLanguage(chosen: Language | null, systemLanguages: readonly string[]): Language {
  if (chosen) return chosen;
  for (const tag of systemLanguages) {
    const found = COMPLETE_LANGUAGES.find((l) => l === tag.toLowerCase().split('-')[0]);
    if (found) return found;
  }
  return 'en';
}
