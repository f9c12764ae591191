import '../testing/chart-shims';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { AppState } from '../app/app.svelte';
import { installFakeHearth, session } from '../testing/fake-hearth';
import Frame from './Frame.svelte';

// This file runs as if on Linux (Windows reads the same): Ctrl is the app's modifier, the Super key is not.
vi.hoisted(() => Object.defineProperty(window.navigator, 'platform', { value: 'Linux x86_64', configurable: true }));

function press(key: string, mods: { ctrlKey?: boolean; metaKey?: boolean }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  document.body.dispatchEvent(event);
  return event;
}

describe('the frame on Windows and Linux', () => {
  it('shows Ctrl+ in its hints and answers Ctrl+K, never the Super key', () => {
    installFakeHearth({});
    render(Frame, { app: new AppState(), session });
    expect(screen.getByRole('button', { name: /Search/ })).toHaveTextContent('Ctrl+K');
    expect(screen.getByRole('button', { name: /Lock/ })).toHaveTextContent('Ctrl+L');
    expect(press('k', { metaKey: true }).defaultPrevented).toBe(false);
    expect(press('k', { ctrlKey: true }).defaultPrevented).toBe(true);
  });
});
