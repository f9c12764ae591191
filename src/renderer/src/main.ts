import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './app.css';
import { mount } from 'svelte';
import App from './app/App.svelte';
import { documentLanguage } from './lib/locale';

document.documentElement.lang = documentLanguage();

mount(App, { target: document.getElementById('app')! });
