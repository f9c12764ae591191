import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './app.css';
import { mount } from 'svelte';
import App from './app/App.svelte';
import { api } from './lib/api';
import { documentLanguage } from './lib/locale';

document.documentElement.lang = documentLanguage();

// After a copy, the core clears Hearth's text from the clipboard later (Settings › Privacy). The
// clipboard is written just after this event, hence the short wait.
document.addEventListener('copy', () => {
  setTimeout(() => void api.privacy.noteCopy().catch(() => undefined), 50);
});

mount(App, { target: document.getElementById('app')! });
