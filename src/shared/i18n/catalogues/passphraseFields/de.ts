import type { Catalogue } from '../../catalogue';

const passphraseFields: Catalogue['passphraseFields'] = {
  hint: 'Ein paar Wörter, die nichts miteinander zu tun haben, kann man sich leichter merken und schwerer erraten als ein kurzes Passwort.',
  show: 'Zeigen',
  hide: 'Verbergen',
  strength: 'Stärke:',
  again: 'Gib sie noch einmal ein',
  mismatch: 'Die beiden stimmen noch nicht überein.',
  tooShort: 'Nimm mindestens {{min}} Zeichen – ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.',
  tooWeak: 'Diese wäre leicht zu erraten. Füg noch ein, zwei Wörter hinzu, die nur du so zusammenstellen würdest.',
};

export default passphraseFields;
