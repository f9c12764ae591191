import { z } from 'zod';
import { LANGUAGES } from './language';

/**
 * Settings › Language as the contract accepts it: the language chosen, kept per computer beside the list of vaults (it
 * holds no words); `null` follows the system's language. Apart from language.ts, which the start screen reads, so
 * that its script stays free of zod (issue 20).
 */
export const LanguageChoice = z.object({ chosen: z.enum(LANGUAGES).nullable() }).strict();
export type LanguageChoice = z.infer<typeof LanguageChoice>;
