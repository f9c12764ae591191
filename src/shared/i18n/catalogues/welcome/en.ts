/** The first screen, before any vault exists (vaults/Welcome.svelte). */
const welcomeEn = {
  title: 'A quiet place for the two of you',
  intro:
    'Hearth keeps your story together — the moments on your timeline, what you reflect on, and how you check in with each other. It is yours alone: there is no account and nothing to sign in to.',
  encrypted: 'Everything stays on this computer, encrypted.',
  create: 'Create your vault',
  openFolder: 'Open a vault from a folder',
};

export default welcomeEn;
