import { z } from 'zod';
import { TEXT_SIZES } from './privacy-defaults';

/** Ctrl/Cmd+Shift+H by default; an Electron accelerator of modifiers and one key. */
export const Accelerator = z
  .string()
  .max(60)
  .regex(/^((CommandOrControl|Control|Ctrl|Command|Cmd|Alt|Option|Shift|Super)\+){1,4}([A-Z0-9]|F([1-9]|1[0-2])|Escape|Space)$/, 'Choose one or more modifier keys and one letter, digit or function key.');

export const TextSize = z.enum(TEXT_SIZES);
export type TextSize = z.infer<typeof TextSize>;

/** How Hearth guards a shared computer. Stored per computer, outside any vault: it holds no words. */
export const PrivacySettings = z
  .object({
    /** Lock after this many idle minutes; null only when the person insisted in Settings. */
    autoLockMinutes: z.number().int().min(1).max(240).nullable(),
    lockOnMinimize: z.boolean(),
    lockOnBlur: z.boolean(),
    quickHideShortcut: Accelerator,
    /** Ask the OS to keep the window out of screenshots and screen sharing. */
    contentProtection: z.boolean(),
    /** Clear the clipboard this long after a copy from Hearth, if it still holds Hearth's text. */
    clipboardClearSeconds: z.number().int().min(10).max(600),
    /** How large the interface's text is on this computer (the root font size; it applies before unlock too). */
    textSize: TextSize,
  })
  .strict();
export type PrivacySettings = z.infer<typeof PrivacySettings>;

export const PrivacyUpdate = PrivacySettings.partial()
  .extend({
    /** Turning auto-lock off must be asked for in so many words. */
    iUnderstandNoAutoLock: z.literal(true).optional(),
  })
  .strict()
  .refine((u) => u.autoLockMinutes !== null || u.iUnderstandNoAutoLock === true, {
    message: 'Turning auto-lock off needs a confirmation, because anyone could then read an unlocked Hearth.',
    path: ['autoLockMinutes'],
  });
export type PrivacyUpdate = z.input<typeof PrivacyUpdate>;

/** What can make Hearth lock besides the person: the desktop tells the core through the Platform. */
export type SystemEvent = 'suspend' | 'lock-screen' | 'minimize' | 'blur';
