/** Home: the greeting, the quiet card when nothing has gathered yet, and the way to the safety page. */
const home = {
  /** `names` is the partners' names joined the language's way ("Sam and Alex"). */
  welcome: 'Welcome, {{names}}',
  welcomeBack: 'Welcome back, {{names}}',
  intro: 'Everything in “{{vault}}” stays on this computer, for the two of you.',
  quiet: "It's quiet here for now.",
  quietMore:
    "As you add moments to your timeline, write reflections and check in with each other, what's recent will gather on this page.",
  safety: "If you don't feel safe",
};

export default home;
