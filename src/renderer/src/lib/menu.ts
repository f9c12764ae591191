import type { MenuBridge, MenuCommand } from '../../../shared/menu';

declare global {
  interface Window {
    /** The application menu's commands (src/preload/menu-bridge.ts); absent outside Electron (tests, a browser). */
    hearthMenu?: MenuBridge;
  }
}

/**
 * Listen to the application menu: `listener` gets each command it sends (search, new entry, settings, keyboard
 * shortcuts). The only place the renderer reads `window.hearthMenu`; returns a function that stops listening.
 */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.hearthMenu?.onCommand(listener) ?? (() => {});
}
