/**
 * What the application menu asks the window to do: the one push from the main process to the renderer. The
 * preload exposes it as `window.hearthMenu` (a `MenuBridge`); each command carries no data. Locking needs no
 * command: the main process locks the vault itself, which reloads the window.
 *
 * - `search`: open search (as Ctrl/Cmd+K does);
 * - `newEntry`: start a new entry in the current section (as Ctrl/Cmd+N does), nothing where there is none;
 * - `settings`: open Settings;
 * - `shortcuts`: show the keyboard shortcuts (on every screen, locked or not).
 *
 * The first three are only sent while a vault is unlocked; the renderer ignores them when it is not.
 */
export const MENU_COMMANDS = ['search', 'newEntry', 'settings', 'shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The IPC channel the main process sends a command on (never one of the contract's `hearth:` channels). */
export const MENU_CHANNEL = 'hearth-menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** `window.hearthMenu`, installed by the preload. */
export interface MenuBridge {
  /** Call `listener` with every command the menu sends; returns a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
