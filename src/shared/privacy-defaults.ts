import type { PrivacySettings } from './privacy';

/**
 * The privacy settings' defaults and the text sizes, without their schemas (privacy.ts): the start screen reads them
 * before anything else, and its script stays free of zod (issue 20).
 */

/** Settings › Text size: the whole interface scales with it, as a share of the system's own text size. */
export const TEXT_SIZES = ['small', 'default', 'large', 'larger'] as const;

export const DEFAULT_PRIVACY: PrivacySettings = {
  autoLockMinutes: 5,
  lockOnMinimize: false,
  lockOnBlur: false,
  quickHideShortcut: 'CommandOrControl+Shift+H',
  contentProtection: true,
  clipboardClearSeconds: 60,
  textSize: 'default',
};
