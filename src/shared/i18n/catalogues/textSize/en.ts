/** Settings › Text size. A saved message per size, so each language can inflect the size's word as it needs. */
const textSize = {
  title: 'Text size',
  intro: "How large Hearth's words are on this computer, the unlock screen included. Everything on the screen grows with them.",
  small: 'Small',
  default: 'Default',
  large: 'Large',
  larger: 'Larger',
  savedSmall: 'Small text, kept on this computer.',
  savedDefault: 'Default text, kept on this computer.',
  savedLarge: 'Large text, kept on this computer.',
  savedLarger: 'Larger text, kept on this computer.',
};

export default textSize;
