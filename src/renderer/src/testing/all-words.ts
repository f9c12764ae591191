// Test setup only (vitest.config.ts, the components project): a screen under test is drawn on its own, not behind the
// start screen that loads the rest of the words in the app (app/screens.ts), so every test starts with all of English.
import { loadAllWords } from '../i18n/i18n.svelte';

await loadAllWords();
