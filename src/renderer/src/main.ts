import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './app.css';
import { mount } from 'svelte';
import App from './app/App.svelte';
import { askEarly } from './app/app.svelte';
import { api } from './lib/api';
import { systemLanguage, useLanguage } from './i18n/i18n.svelte';

// After a copy, the core clears Hearth's text from the clipboard later (Settings › Privacy). The
// clipboard is written just after this event, hence the short wait.
document.addEventListener('copy', () => {
  setTimeout(() => void api.privacy.noteCopy().catch(() => undefined), 50);
});

// Settings › Language, or the system's language when none was chosen; English if anything goes wrong. The first
// screen is drawn in it, so nothing flashes in another language.
async function start(): Promise<void> {
  askEarly();
  const choice = await api.language.get().catch(() => ({ chosen: null }));
  await useLanguage(choice.chosen ?? systemLanguage()).catch(() => useLanguage('en'));
  mount(App, { target: document.getElementById('app')! });
}

void start();
