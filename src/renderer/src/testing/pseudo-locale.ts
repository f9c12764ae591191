// Test support only: nothing in the app imports this file, so it never reaches the bundle.
import type { Catalogue } from '../../../shared/i18n/catalogue';
import en from '../../../shared/i18n/catalogues/en';

/** The marks around every pseudo-locale message: text on screen without them did not come from a catalogue. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
/** A private-use language tag, so nothing mistakes the pseudo-locale for a real one. */
export const PSEUDO_TAG = 'en-x-pseudo';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/**
 * One English message in the pseudo-locale: letters accented, about 40% longer (German runs that much longer), marked
 * at both ends. `{{placeholders}}` are kept as they are, so interpolation still works.
 */
export function pseudoMessage(message: string): string {
  const parts = message.split(/(\{\{[^}]+\}\})/);
  const accented = parts.map((part) => (part.startsWith('{{') ? part : [...part].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  const letters = message.replace(/\{\{[^}]+\}\}/g, '').length;
  return `${PSEUDO_OPEN}${accented}${'~'.repeat(Math.ceil(letters * 0.4))}${PSEUDO_CLOSE}`;
}

/**
 * The whole English catalogue in the pseudo-locale, made afresh from it (never committed, never shipped); or only some
 * of its groups (`source`: the start screen's, en-start.ts).
 */
export function pseudoCatalogue(source: Partial<Catalogue> = en): Catalogue {
  return Object.fromEntries(
    Object.entries(source).map(([group, messages]) => [group, Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, pseudoMessage(text)]))]),
  ) as Catalogue;
}
