/** Settings › Privacy on this computer. */
const privacy = {
  title: 'Privacy on this computer',
  intro: 'How Hearth keeps your words from others who use this computer. These choices are kept on this computer.',
  autoLock: 'Lock when nobody has used the computer for',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  seconds_one: '{{count}} second',
  seconds_other: '{{count}} seconds',
  never: 'Never (not recommended)',
  sleepToo: 'Hearth also locks whenever the computer goes to sleep or its screen locks.',
  alsoLock: 'Also lock',
  onMinimize: "when Hearth's window is minimised",
  onBlur: 'when you switch to another window',
  quickHide: 'Quick hide',
  quickHideWhat: 'One keystroke locks Hearth and hides its window at once.',
  recordLabel: 'Press the new quick-hide keys, or Escape to keep the current ones',
  recordPlaceholder: 'Press the new keys…',
  record: 'Record new keys',
  contentProtection: 'Keep Hearth out of screenshots and screen sharing',
  contentProtectionWhat: "Where the system allows it, Hearth's window shows up blank in captures.",
  clipboard: 'Clear text copied from Hearth after',
  clipboardWhat: 'Only if the clipboard still holds what you copied from Hearth, and always when Hearth locks.',
  loading: 'Loading…',
  saved: 'Saved.',
  autoLockOff: 'Auto-lock is off. Lock Hearth yourself when you step away.',
  /** `keys` as this keyboard names them ("Ctrl+Shift+H", "⇧⌘H"). */
  quickHideNow: 'Quick hide is now {{keys}}.',
  neverTitle: 'Turn auto-lock off?',
  neverWhy:
    'If Hearth never locks by itself, anyone who sits down at this computer while it is open can read everything in it. Hearth will still lock when the computer sleeps.',
  keepAutoLock: 'Keep auto-lock',
  turnOff: 'Turn it off',
};

export default privacy;
