import type { Catalogue } from '../../catalogue';

const recoveryKit: Catalogue['recoveryKit'] = {
  title: 'Euer Wiederherstellungscode',
  continue: 'Weiter',
  printed: 'Hearth-Wiederherstellungskit für „{{vault}}“, erstellt am {{date}}.',
  what: 'Dieser Code öffnet euren Tresor, wenn ihr beide eure Passphrasen vergesst.',
  keepSafe:
    'Wer ihn hat, kann alles in Hearth lesen. Schreibt ihn auf Papier oder druckt ihn aus, und bewahrt ihn an einem sicheren Ort zu Hause auf – nicht in einem Foto, einer E-Mail oder einer Notiz auf diesem Computer.',
  onlyOnce: 'Hearth zeigt ihn nur dieses eine Mal.',
  groups: 'Wiederherstellungscode, Gruppe für Gruppe',
  group: 'Gruppe {{n}}',
  print: 'Drucken',
  printNote:
    'Druck ihn auf Papier aus oder schreib ihn von Hand ab. Bietet das Druckfenster an, stattdessen ein PDF zu speichern: Diese Datei öffnet jedem, der sie findet, alles in Hearth – lass sie nicht auf diesem Computer.',
  written: 'Ich habe ihn aufgeschrieben',
  checkTitle: 'Prüf deine Abschrift',
  checkWhat: 'Tippe von deinem Papier Gruppe {{a}} und Gruppe {{b}} ab.',
  notGroup: 'Das ist nicht Gruppe {{n}}.',
  match: 'Beide Gruppen stimmen.',
  waiting: '„{{done}}“ lässt sich wählen, sobald beide Gruppen stimmen.',
  showAgain: 'Den Code noch einmal zeigen',
};

export default recoveryKit;
