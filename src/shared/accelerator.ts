/** The part of Electron's `Input` that a shortcut is matched against. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/**
 * Does a key press match an accelerator such as `CommandOrControl+Shift+H`? The main process matches
 * it in before-input-event (so it works even when the page is busy, and only while Hearth has focus:
 * it never takes the keystroke from other apps); the renderer matches it too, so the lock also
 * happens where there is no main process (the end-to-end tests).
 */
export function matchesAccelerator(accelerator: string, input: KeyInput, mac: boolean): boolean {
  if (input.type !== 'keyDown') return false;
  const parts = accelerator.split('+');
  const key = parts.pop()?.toLowerCase() ?? '';
  const want = { control: false, meta: false, alt: false, shift: false };
  for (const part of parts) {
    switch (part) {
      case 'CommandOrControl':
        if (mac) want.meta = true;
        else want.control = true;
        break;
      case 'Control':
      case 'Ctrl':
        want.control = true;
        break;
      case 'Command':
      case 'Cmd':
      case 'Super':
        want.meta = true;
        break;
      case 'Alt':
      case 'Option':
        want.alt = true;
        break;
      case 'Shift':
        want.shift = true;
        break;
      default:
        return false;
    }
  }
  const pressed = input.key === ' ' ? 'space' : input.key.toLowerCase();
  return pressed === key && input.control === want.control && input.meta === want.meta && input.alt === want.alt && input.shift === want.shift;
}
