import '../testing/chart-shims';
import '../testing/dialog-shims';
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/menu';
import { AppState } from '../app/app.svelte';
import Shortcuts from '../app/Shortcuts.svelte';
import { installFakeHearth, session } from '../testing/fake-hearth';
import Frame from './Frame.svelte';

/** A stand-in for the preload's `window.hearthMenu`: `send` plays a command from the application menu. */
function fakeMenu() {
  const listeners = new Set<(command: MenuCommand) => void>();
  window.hearthMenu = {
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { send: (command: MenuCommand) => listeners.forEach((l) => l(command)), listening: () => listeners.size };
}

afterEach(() => {
  delete window.hearthMenu;
});

describe('the application menu’s commands', () => {
  it('opens search and Settings in the frame, and stops listening once the frame is gone', async () => {
    installFakeHearth({});
    const menu = fakeMenu();
    const { unmount } = render(Frame, { app: new AppState(), session });
    expect(menu.listening()).toBe(1);
    menu.send('search');
    expect(await screen.findByRole('dialog', { name: /Search/ })).toBeInTheDocument();
    menu.send('settings');
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Sections' }).querySelector('[aria-current="page"]')).toHaveTextContent(/Settings/));
    unmount();
    expect(menu.listening()).toBe(0);
  });

  it('does nothing while a new passphrase is still to be set', () => {
    installFakeHearth({});
    const menu = fakeMenu();
    render(Frame, { app: new AppState(), session: { ...session, needsPassphrase: true } });
    menu.send('search');
    expect(screen.queryByRole('dialog', { name: /Search/ })).not.toBeInTheDocument();
  });

  it('lists every shortcut with the keys this computer uses', () => {
    render(Shortcuts, { open: true, quickHide: 'CommandOrControl+Shift+H', onClose: () => {} });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Search everything');
    expect(screen.getByRole('row', { name: /Lock the vault/ })).toHaveTextContent('Ctrl+L');
    expect(screen.getByRole('row', { name: /Hide the window and lock/ })).toHaveTextContent('Ctrl+Shift+H');
    expect(screen.getByRole('row', { name: /Full screen/ })).toHaveTextContent('F11');
  });
});
