/**
 * The screen shown when Hearth cannot start (App.svelte); the reason under it comes from the error messages. `partFailed`:
 * a screen or section that is its own chunk (lib/Lazy.svelte) could not be loaded.
 */
const startFailed = {
  title: "Hearth couldn't start",
  retry: 'Try again',
  partFailed: "This part of Hearth couldn't be loaded. Nothing in your vault was changed.",
};

export default startFailed;
