import type { Catalogue } from '../../catalogue';

const backups: Catalogue['backups'] = {
  title: 'Sicherungen',
  intro:
    'Hearth bewahrt verschlüsselte Kopien von {{vault}} im eigenen Sicherungsordner des Tresors auf: eine an jedem Tag, an dem ihr ihn öffnet, und eine vor jedem Update und jeder Wiederherstellung. Jede Kopie wird geprüft, sobald sie geschrieben ist.',
  workingBackup: 'Eine Sicherung wird erstellt und geprüft …',
  workingFolder: 'Der Tresor wird in den gewählten Ordner kopiert und die Kopie geprüft …',
  workingRestore: 'Eine Sicherheitskopie des Tresors, wie er jetzt ist, wird aufbewahrt, dann wird die Sicherung wiederhergestellt …',
  restoreProgress: 'Fortschritt der Wiederherstellung',
  restoreNote: 'Du kannst abbrechen, bis die Sicherung eingesetzt wird.',
  restoreFinal: 'Dieser Schritt lässt sich nicht abbrechen; er dauert einen Moment.',
  backupProgress: 'Fortschritt der Sicherung',
  backupNote: 'Das kann ein paar Sekunden dauern; du kannst Hearth weiter benutzen.',
  inFolder: 'Im Sicherungsordner des Tresors',
  backUpNow: 'Jetzt sichern',
  loading: 'Wird geladen …',
  none: 'Noch keine Sicherungen. Die erste entsteht, wenn ihr den Tresor das nächste Mal öffnet, oder jetzt mit „Jetzt sichern“.',
  list: 'Sicherungen',
  summary: '{{kind}} · {{size}} · {{checked}}',
  restoreFrom: 'Die Sicherung vom {{when}} wiederherstellen …',
  restore: 'Wiederherstellen …',
  elsewhere: 'Eine Kopie an einem anderen Ort',
  elsewhereWhy:
    'Falls dieser Computer verloren geht oder kaputtgeht: Speichere eine vollständige Kopie des Tresors in einem anderen Ordner, etwa auf einem USB-Stick. Die Kopie öffnet sich mit denselben Passphrasen und demselben Wiederherstellungscode wie jetzt, über „Einen Tresor aus einem Ordner öffnen“.',
  elsewhereKeep:
    'Bewahrt euren Wiederherstellungscode auf Papier an einem anderen Ort auf als die Kopie: Wer beides hat, könnte sie öffnen. Wenn du später eine Passphrase änderst, öffnet sich die Kopie weiter mit der alten.',
  toFolder: 'In einen Ordner sichern …',
  folderSaved: 'Die Kopie ist gespeichert und geprüft, in diesem Ordner:',
  confirmTitle: 'Die Sicherung vom {{when}} wiederherstellen?',
  confirmThen: 'Der Tresor kehrt zu dem Stand von damals zurück. Was danach geschrieben wurde, ist im wiederhergestellten Tresor nicht enthalten.',
  confirmSafe:
    'Nichts geht verloren: Vor dem Wiederherstellen bewahrt Hearth eine Kopie des Tresors genau so auf, wie er jetzt ist. Sie erscheint hier als „Vor einer Wiederherstellung“, und du kannst sie wiederherstellen, um das rückgängig zu machen.',
  keep: 'Den Tresor lassen, wie er ist',
  confirm: 'Diese Sicherung wiederherstellen',
  kindDaily: 'Täglich',
  kindPreMigration: 'Vor einem Update',
  kindPreRestore: 'Vor einer Wiederherstellung',
  kindPreImport: 'Vor einem Import',
  kindManual: 'Von dir erstellt',
  checked: 'geprüft am {{when}}',
  notChecked: 'noch nicht geprüft',
  made: 'Eine neue Sicherung liegt im Sicherungsordner des Tresors ({{size}}), geprüft und bereit.',
  restored: 'Der Tresor ist wieder auf dem Stand vom {{when}}. Der Stand kurz davor ist als Sicherung „{{kind}}“ vom {{before}} aufbewahrt.',
};

export default backups;
