/** The safety page, reached from Home's footer. */
const safety = {
  title: "If you don't feel safe",
  notTheTool:
    "Hearth's conflict and forgiveness exercises are made for two people who feel safe with each other. If you are afraid of your partner, or someone at home hurts, threatens or controls you, these exercises are not the right tool — and what is happening is not your fault.",
  danger: 'If you are in danger right now, call your local emergency number.',
  helplines:
    "Most countries have domestic-abuse helplines. They are free and confidential, and you don't need to be sure what is happening to call one. A doctor, a local support service, or someone you trust can help you find the one where you live.",
  /** `keys` is the lock shortcut as this keyboard names it ("Ctrl+L", "⌘L"). */
  privateDevice:
    'Anyone who can open this vault can read what is in it. When you look for help, a phone or computer that only you use is safer. You can lock Hearth at any moment with {{keys}}.',
  back: 'Back to Home',
};

export default safety;
