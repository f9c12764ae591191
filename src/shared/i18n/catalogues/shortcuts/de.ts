import type { Catalogue } from '../../catalogue';

const shortcuts: Catalogue['shortcuts'] = {
  title: 'Tastenkürzel',
  what: 'Was',
  keys: 'Tasten',
  search: 'Alles durchsuchen',
  newEntry: 'Ein neuer Eintrag (Zeitleiste) oder eine neue Reflexion (Reflexionen)',
  lock: 'Den Tresor sperren',
  quickHide: 'Das Fenster verbergen und sperren',
  settings: 'Einstellungen',
  shortcuts: 'Diese Tastenkürzel',
  larger: 'Alles größer machen',
  smaller: 'Alles kleiner machen',
  actualSize: 'Originalgröße',
  fullScreen: 'Vollbild',
  note: 'Du findest jedes davon auch in den Menüs oben im Fenster. Die Textgröße bleibt, wie du sie in den Einstellungen gewählt hast.',
  close: 'Schließen',
};

export default shortcuts;
