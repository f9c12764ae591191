import { describe, expect, it } from 'vitest';
import { describeKeys, detectMac, hasAppModifier, isShortcut, shortcut, type KeyPress } from './keys';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('which desktop this is', () => {
  it('reads the platform from userAgentData first, then navigator.platform, then the user agent', () => {
    expect(detectMac({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(detectMac({ userAgentData: { platform: 'Windows' }, platform: 'MacIntel' })).toBe(false);
    expect(detectMac({ platform: 'MacIntel' })).toBe(true);
    expect(detectMac({ platform: 'Linux x86_64' })).toBe(false);
    expect(detectMac({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Hearth Electron' })).toBe(true);
    expect(detectMac({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' })).toBe(false);
    expect(detectMac({})).toBe(false);
  });
});

describe('the app modifier: Cmd on a Mac, Ctrl elsewhere, never both', () => {
  it('on a Mac, only Cmd is the app modifier: Ctrl+K, Ctrl+N and Ctrl+L are left to the text field', () => {
    for (const key of ['k', 'n', 'l']) {
      expect(isShortcut(press(key, { metaKey: true }), key, { mac: true })).toBe(true);
      expect(isShortcut(press(key, { ctrlKey: true }), key, { mac: true })).toBe(false);
      expect(isShortcut(press(key, { ctrlKey: true, metaKey: true }), key, { mac: true })).toBe(false);
    }
    expect(hasAppModifier(press('k', { ctrlKey: true }), true)).toBe(false);
  });

  it('on Windows and Linux, only Ctrl is the app modifier: the Windows or Super key is not', () => {
    for (const key of ['k', 'n', 'l']) {
      expect(isShortcut(press(key, { ctrlKey: true }), key, { mac: false })).toBe(true);
      expect(isShortcut(press(key, { metaKey: true }), key, { mac: false })).toBe(false);
      expect(isShortcut(press(key, { ctrlKey: true, metaKey: true }), key, { mac: false })).toBe(false);
    }
  });

  it('takes no Alt, and Shift only when asked for; the letter may come in either case', () => {
    expect(isShortcut(press('K', { ctrlKey: true }), 'k', { mac: false })).toBe(true);
    expect(isShortcut(press('k', { ctrlKey: true, altKey: true }), 'k', { mac: false })).toBe(false);
    expect(isShortcut(press('k', { ctrlKey: true, shiftKey: true }), 'k', { mac: false })).toBe(false);
    expect(isShortcut(press('H', { metaKey: true, shiftKey: true }), 'h', { shift: true, mac: true })).toBe(true);
    expect(isShortcut(press('k'), 'k', { mac: false })).toBe(false);
  });

  it('a text field on a Mac keeps Ctrl+K: the press reaches it with its default untouched', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    const taken: string[] = [];
    const listen = (event: KeyboardEvent) => {
      if (isShortcut(event, 'k', { mac: true })) {
        event.preventDefault();
        taken.push(event.key);
      }
    };
    window.addEventListener('keydown', listen);
    try {
      const ctrl = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true });
      expect(field.dispatchEvent(ctrl)).toBe(true);
      expect(ctrl.defaultPrevented).toBe(false);
      const cmd = new KeyboardEvent('keydown', { key: 'k', metaKey: true, bubbles: true, cancelable: true });
      expect(field.dispatchEvent(cmd)).toBe(false);
      expect(taken).toEqual(['k']);
    } finally {
      window.removeEventListener('keydown', listen);
      field.remove();
    }
  });
});

describe('the labels match the keys', () => {
  it('shows ⌘ on a Mac and Ctrl+ elsewhere', () => {
    expect(shortcut('K', true)).toBe('⌘K');
    expect(shortcut('K', false)).toBe('Ctrl+K');
    expect(shortcut('L', false)).toBe('Ctrl+L');
  });

  it('writes an accelerator in the order each desktop writes it', () => {
    expect(describeKeys('CommandOrControl+Shift+H', true)).toBe('⇧⌘H');
    expect(describeKeys('Shift+Alt+Control+H', true)).toBe('⌃⌥⇧H');
    expect(describeKeys('CommandOrControl+Shift+H', false)).toBe('Ctrl+Shift+H');
    expect(describeKeys('CommandOrControl+Option+F5', false)).toBe('Ctrl+Alt+F5');
  });
});
