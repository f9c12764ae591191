import type { Catalogue } from '../../catalogue';

/** Die Erinnerung ans Gespräch: Jeder, der am Bildschirm vorbeigeht, kann sie lesen, also keine Namen, nichts Persönliches. */
const reminder: Catalogue['reminder'] = {
  title: 'Hearth',
  body: 'Zeit für euer Gespräch',
};

export default reminder;
