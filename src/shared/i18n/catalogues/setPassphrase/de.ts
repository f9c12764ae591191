import type { Catalogue } from '../../catalogue';

const setPassphrase: Catalogue['setPassphrase'] = {
  title: 'Wähl eine neue Passphrase',
  intro:
    'Du hast {{vault}} mit dem Wiederherstellungscode geöffnet, und keine Passphrase öffnet den Tresor mehr. Wähl jetzt eine, damit du den Code beim nächsten Mal nicht brauchst.',
  whose: 'Wessen Passphrase ist das?',
  label: 'Neue Passphrase',
  save: 'Passphrase speichern',
  lock: 'Sperren',
};

export default setPassphrase;
