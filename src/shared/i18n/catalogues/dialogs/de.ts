import type { Catalogue } from '../../catalogue';

/** Die Titel der Dateidialoge des Systems, ihre Dateitypen und das Fenster, wenn Hearth gar nicht starten kann. */
const dialogs: Catalogue['dialogs'] = {
  chooseFolder: 'Einen Ordner für Hearth wählen',
  saveProtectedExport: 'Den geschützten Export speichern',
  saveExport: 'Den Export speichern (nicht verschlüsselt)',
  exportFiles: 'Hearth-Export',
  chooseImport: 'Eine Datei zum Importieren wählen',
  importFiles: 'Hearth-Exporte und Exporte aus Tagebuch-Apps',
  allFiles: 'Alle Dateien',
  startFailed: 'Hearth konnte nicht starten',
};

export default dialogs;
