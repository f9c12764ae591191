import type en from './en';

/** Die Suche über alles, was ihr in Hearth aufbewahrt. */
const search: { [Key in keyof typeof en]: string } = {
  title: 'Suchen',
  field: 'Alles durchsuchen',
  placeholder: 'Eure Zeitleiste durchsuchen …',
  results: 'Ergebnisse',
  hint: 'Tippe etwas ein, um Titel, Texte, Schlagwörter und Bildunterschriften zu durchsuchen.',
  nothing: 'Zu „{{text}}“ passt nichts.',
  count_one: '{{count}} Ergebnis.',
  count_other: '{{count}} Ergebnisse.',
  keys: '↑ ↓ zum Wechseln, Enter zum Öffnen, Esc zum Schließen',
  kindTimeline: 'Zeitleiste',
  kindReflection: 'Reflexionen',
  kindCheckin: 'Gespräche',
  kindJournal: 'Tagebuch',
};

export default search;
