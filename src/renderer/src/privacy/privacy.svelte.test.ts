import { describe, expect, it } from 'vitest';
import { acceleratorFrom, describeAccelerator } from './privacy.svelte';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('recording the quick-hide keys', () => {
  it('turns a key press into an accelerator the main process understands', () => {
    expect(acceleratorFrom(press('h', { ctrlKey: true, shiftKey: true }), false)).toBe('CommandOrControl+Shift+H');
    expect(acceleratorFrom(press('h', { metaKey: true, shiftKey: true }), true)).toBe('CommandOrControl+Shift+H');
    expect(acceleratorFrom(press('F9', { altKey: true }), false)).toBe('Alt+F9');
  });

  it('ignores a lone key, a lone modifier and keys an accelerator cannot hold', () => {
    expect(acceleratorFrom(press('h'), false)).toBeNull();
    expect(acceleratorFrom(press('Shift', { shiftKey: true }), false)).toBeNull();
    expect(acceleratorFrom(press('ä', { ctrlKey: true }), false)).toBeNull();
  });

  it("names the keys the way this computer's keyboard does", () => {
    expect(describeAccelerator('CommandOrControl+Shift+H', false)).toBe('Ctrl+Shift+H');
    expect(describeAccelerator('CommandOrControl+Alt+H', true)).toBe('⌥⌘H');
  });
});
