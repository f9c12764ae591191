/**
 * `window.hearthMenu`: the application menu's commands (src/shared/menu.ts), the one thing the main process pushes
 * to the page. Only a known command name crosses; the IPC event itself never reaches the page.
 */

import { isMenuCommand, MENU_CHANNEL, type MenuBridge, type MenuCommand } from '../shared/menu';

export interface MenuReceiver {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildMenuBridge(ipc: MenuReceiver): MenuBridge {
  return {
    onCommand(listener: (command: MenuCommand) => void): () => void {
      const receive = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_CHANNEL, receive);
      return () => {
        ipc.removeListener(MENU_CHANNEL, receive);
      };
    },
  };
}
