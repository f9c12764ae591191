/**
 * Keyboard shortcuts the way this desktop has them: Cmd on a Mac, Ctrl everywhere else, never both. On a Mac,
 * Ctrl+K, Ctrl+N and Ctrl+L keep their text-editing meaning (kill to the end of the line, next line, centre the
 * line), so Hearth only ever answers to Cmd there.
 */

type NavigatorLike = { platform?: string; userAgent?: string; userAgentData?: { platform?: string } };

/** Is this a Mac? The one place the renderer decides which desktop it is on. */
export function detectMac(nav: NavigatorLike = typeof navigator === 'undefined' ? {} : (navigator as NavigatorLike)): boolean {
  const named = nav.userAgentData?.platform || nav.platform || nav.userAgent || '';
  return /mac|iphone|ipad/i.test(named);
}

/** Whether shortcuts read "⌘" or "Ctrl" on this computer. */
export const isMac = detectMac();

export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Is the app's modifier held (Cmd on a Mac, Ctrl elsewhere), and not the other one? */
export function hasAppModifier(event: KeyPress, mac = isMac): boolean {
  return mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/**
 * Is this press the app's shortcut for `key` (Ctrl+K here, ⌘K on a Mac)? Alt never; Shift only when asked for.
 * Anything else is left to the page, so a text field keeps its own keys.
 */
export function isShortcut(event: KeyPress, key: string, options: { shift?: boolean; mac?: boolean } = {}): boolean {
  const { shift = false, mac = isMac } = options;
  return hasAppModifier(event, mac) && !event.altKey && event.shiftKey === shift && event.key.toLowerCase() === key.toLowerCase();
}

/** The modifier names of an Electron accelerator, as this computer's keyboard shows them. */
const MAC_SYMBOLS: Record<string, string> = { Control: '⌃', Ctrl: '⌃', Alt: '⌥', Option: '⌥', Shift: '⇧', CommandOrControl: '⌘', Command: '⌘', Cmd: '⌘', Super: '⌘' };
const OTHER_NAMES: Record<string, string> = { CommandOrControl: 'Ctrl', Control: 'Ctrl', Option: 'Alt', Command: 'Super', Cmd: 'Super' };
/** The order macOS writes modifiers in: Control, Option, Shift, Command. */
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];

/** Show an accelerator (`CommandOrControl+Shift+H`) the way this computer's keyboard names it: "Ctrl+Shift+H" or "⇧⌘H". */
export function describeKeys(accelerator: string, mac = isMac): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  if (mac) {
    const symbols = parts.map((p) => MAC_SYMBOLS[p] ?? p).sort((x, y) => MAC_ORDER.indexOf(x) - MAC_ORDER.indexOf(y));
    return `${symbols.join('')}${key}`;
  }
  return [...parts.map((p) => OTHER_NAMES[p] ?? p), key].join('+');
}

/** How to write a Ctrl/Cmd shortcut for this computer, e.g. "Ctrl+L" or "⌘L". */
export function shortcut(key: string, mac = isMac): string {
  return describeKeys(`CommandOrControl+${key}`, mac);
}
