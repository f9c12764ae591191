/** Whether shortcuts read "Cmd" or "Ctrl" on this computer. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How to write a Ctrl/Cmd shortcut for this computer, e.g. "Ctrl+L" or "⌘L". */
export function shortcut(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}
