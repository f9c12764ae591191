import type { Catalogue } from '../../catalogue';

const home: Catalogue['home'] = {
  welcome: 'Willkommen, {{names}}',
  welcomeBack: 'Willkommen zurück, {{names}}',
  intro: 'Alles in „{{vault}}“ bleibt auf diesem Computer, für euch zwei.',
  quiet: 'Noch ist es ruhig hier.',
  quietMore:
    'Wenn ihr Momente auf eure Zeitleiste setzt, Reflexionen schreibt und miteinander ins Gespräch geht, sammelt sich hier, was zuletzt war.',
  safety: 'Wenn du dich nicht sicher fühlst',
};

export default home;
