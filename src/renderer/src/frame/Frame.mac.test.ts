import '../testing/chart-shims';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../app/app.svelte';
import { installFakeHearth, session } from '../testing/fake-hearth';
import Frame from './Frame.svelte';

// This file runs as if on a Mac: the one place that decides the platform (lib/keys.ts) reads navigator.platform, and
// vi.hoisted runs before any import.
vi.hoisted(() => Object.defineProperty(window.navigator, 'platform', { value: 'MacIntel', configurable: true }));

function press(target: EventTarget, key: string, mods: { ctrlKey?: boolean; metaKey?: boolean }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  target.dispatchEvent(event);
  return event;
}

describe('the frame on a Mac', () => {
  afterEach(() => document.querySelectorAll('[data-test-field]').forEach((node) => node.remove()));

  it('shows ⌘ in its hints, and answers ⌘K while Ctrl+K, Ctrl+N and Ctrl+L in a text field keep their macOS meaning', () => {
    installFakeHearth({});
    render(Frame, { app: new AppState(), session });
    expect(screen.getByRole('button', { name: /Search/ })).toHaveTextContent('⌘K');
    expect(screen.getByRole('button', { name: /Lock/ })).toHaveTextContent('⌘L');
    expect(document.body).not.toHaveTextContent('Ctrl');

    const field = document.createElement('textarea');
    field.setAttribute('data-test-field', '');
    document.body.append(field);
    for (const key of ['k', 'n', 'l']) expect(press(field, key, { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press(field, 'k', { metaKey: true }).defaultPrevented).toBe(true);
    expect(press(field, 'k', { metaKey: true, ctrlKey: true }).defaultPrevented).toBe(false);
  });
});
