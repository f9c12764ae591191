import { z } from 'zod';

/** The languages Hearth's words come in. English is the source every other catalogue is translated from. */
export const LANGUAGES = ['en', 'de'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/**
 * Languages every screen is translated into. The system's language is followed only when it is one of these; a
 * language still being translated can be chosen in Settings, which says that some screens are still in English.
 */
export const COMPLETE_LANGUAGES: readonly Language[] = ['en'];

/**
 * The language chosen in Settings › Language, kept per computer beside the list of vaults (it holds no words).
 * `null` follows the system's language.
 */
export const LanguageChoice = z.object({ chosen: Language.nullable() }).strict();
export type LanguageChoice = z.infer<typeof LanguageChoice>;
