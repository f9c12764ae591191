/** The screen shown when Hearth cannot start (App.svelte); the reason under it comes from the error messages. */
const startFailed = {
  title: "Hearth couldn't start",
  retry: 'Try again',
};

export default startFailed;
