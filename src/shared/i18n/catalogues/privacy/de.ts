import type { Catalogue } from '../../catalogue';

const privacy: Catalogue['privacy'] = {
  title: 'Privatsphäre auf diesem Computer',
  intro: 'Wie Hearth eure Worte vor anderen schützt, die diesen Computer benutzen. Diese Einstellungen gelten auf diesem Computer.',
  autoLock: 'Sperren, wenn niemand den Computer benutzt hat seit',
  minutes_one: '{{count}} Minute',
  minutes_other: '{{count}} Minuten',
  seconds_one: '{{count}} Sekunde',
  seconds_other: '{{count}} Sekunden',
  never: 'Nie (nicht empfohlen)',
  sleepToo: 'Hearth sperrt außerdem, sobald der Computer in den Ruhezustand geht oder sein Bildschirm gesperrt wird.',
  alsoLock: 'Auch sperren',
  onMinimize: 'wenn das Fenster von Hearth minimiert wird',
  onBlur: 'wenn du zu einem anderen Fenster wechselst',
  quickHide: 'Schnell verbergen',
  quickHideWhat: 'Ein Tastendruck sperrt Hearth und verbirgt sofort sein Fenster.',
  recordLabel: 'Drück die neuen Tasten zum schnellen Verbergen, oder Escape, um die bisherigen zu behalten',
  recordPlaceholder: 'Drück die neuen Tasten …',
  record: 'Neue Tasten aufnehmen',
  contentProtection: 'Hearth aus Bildschirmfotos und Bildschirmfreigaben heraushalten',
  contentProtectionWhat: 'Wo das System es erlaubt, erscheint das Fenster von Hearth in Aufnahmen leer.',
  clipboard: 'Aus Hearth kopierten Text löschen nach',
  clipboardWhat: 'Nur wenn die Zwischenablage noch enthält, was du aus Hearth kopiert hast – und immer, wenn Hearth sperrt.',
  loading: 'Wird geladen …',
  saved: 'Gespeichert.',
  autoLockOff: 'Automatisches Sperren ist aus. Sperr Hearth selbst, wenn du weggehst.',
  quickHideNow: 'Schnell verbergen ist jetzt {{keys}}.',
  neverTitle: 'Automatisches Sperren ausschalten?',
  neverWhy:
    'Wenn Hearth sich nie von selbst sperrt, kann jeder, der sich an diesen Computer setzt, während Hearth offen ist, alles darin lesen. Hearth sperrt trotzdem, wenn der Computer in den Ruhezustand geht.',
  keepAutoLock: 'Automatisches Sperren behalten',
  turnOff: 'Ausschalten',
};

export default privacy;
