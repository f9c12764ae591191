import type {} from 'i18next';
import type en from './catalogues/en';

/**
 * The shape every language's catalogue has: English's keys, each a string. A group may hold more plural forms than
 * English's `_one`/`_other` (`_few`, `_many`… for the languages that have them); catalogues.test.ts checks that each
 * language has exactly the forms its plural rules ask for.
 */
export type Catalogue = { [Group in keyof typeof en]: { [Key in keyof (typeof en)[Group]]: string } & Record<string, string> };

/**
 * `t('…')` keys are typed from English wherever i18next is used: the renderer (i18n/i18n.svelte.ts) and the core,
 * which prints the therapy export, the reminder and the menus in the same words (core/i18n/words.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
