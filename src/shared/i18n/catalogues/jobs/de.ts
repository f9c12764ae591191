import type { Catalogue } from '../../catalogue';

const jobs: Catalogue['jobs'] = {
  gettingReady: 'Wird vorbereitet',
  copyingVault: 'Der Tresor wird kopiert',
  checkingCopy: 'Die Kopie wird geprüft',
  writingKeyFiles: 'Die Schlüsseldateien werden neben die Kopie geschrieben',
  checkingBackup: 'Die Sicherung wird geprüft',
  keepingCopy: 'Eine Kopie des Tresors, wie er jetzt ist, wird aufbewahrt',
  copyingBackup: 'Die Sicherung wird neben den Tresor kopiert',
  puttingInPlace: 'Die Sicherung wird eingesetzt',
  readingVault: 'Der Tresor wird gelesen',
  encrypting: 'Wird verschlüsselt',
  writingFile: 'Die Datei wird geschrieben',
  readingFile: 'Die Datei wird gelesen',
  merging: 'Wird zusammengeführt',
  newKey: 'Der Tresor bekommt seinen neuen Schlüssel',
  backupsNewKey: 'Die Sicherungen bekommen den neuen Schlüssel',
  working: 'Wird bearbeitet',
  going: '{{step}} …',
  parts_one: '{{step}} ({{done}} von {{count}} Teil) …',
  parts_other: '{{step}} ({{done}} von {{count}} Teilen) …',
  cancel: 'Abbrechen',
  cancelling: 'Wird abgebrochen …',
  keepUsing: 'Du kannst Hearth währenddessen weiter benutzen.',
  cancelled: 'Abgebrochen – es wurde nichts geschrieben.',
};

export default jobs;
