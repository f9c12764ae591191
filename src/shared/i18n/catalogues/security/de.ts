import type { Catalogue } from '../../catalogue';

const security: Catalogue['security'] = {
  title: 'Sicherheit',
  intro: 'Wer {{vault}} öffnen kann, und wie ihr wieder hineinkommt, wenn eine Passphrase vergessen ist.',
  makeNewCode: 'Einen neuen Wiederherstellungscode erstellen',
  newCodeTitle: 'Euer neuer Wiederherstellungscode',
  done: 'Fertig',
  passphrases: 'Passphrasen',
  loading: 'Wird geladen …',
  slotOf: 'Passphrase von {{name}}',
  slotUnnamed: 'Die Passphrase',
  metaAdded: 'Hinzugefügt am {{date}}',
  metaChanged: '{{added}} · geändert am {{date}}',
  metaFor: 'Für {{name}} · {{added}}',
  change: 'Ändern',
  changeSlot: '{{title}} ändern',
  remove: 'Entfernen',
  removeSlot: '{{title}} entfernen',
  addOwn: 'Eine eigene Passphrase für {{name}} hinzufügen',
  currentPassphrase: 'Aktuelle Passphrase',
  confirmIdentity: 'Deine aktuelle Passphrase, zur Bestätigung, dass du es bist',
  newPassphrase: 'Neue Passphrase',
  partnerNew: 'Neue Passphrase von {{name}}',
  lockOut: 'Auch alte Kopien aussperren',
  lockOutOn:
    'Hearth gibt dem Tresor einen neuen Schlüssel, sodass die alte Passphrase nichts mehr öffnet – nicht einmal eine Kopie der Passphrase-Dateien in einer Sicherung oder bei jemand anderem. Dabei entsteht auch ein neuer Wiederherstellungscode, den du als Nächstes aufschreibst.',
  lockOutOff:
    'Nur diese Passphrase ändert sich. Wer eine Kopie der Passphrase-Dateien von vorher hat, kann den Tresor weiter mit der alten Passphrase öffnen, und der Wiederherstellungscode bleibt derselbe.',
  changeSubmit: 'Passphrase ändern',
  addSubmit: 'Passphrase hinzufügen',
  cancel: 'Abbrechen',
  recoveryTitle: 'Wiederherstellungscode',
  recoveryWhat:
    'Der Wiederherstellungscode öffnet den Tresor, wenn ihr beide eure Passphrasen vergesst. Wenn eurer verloren ist oder jemand anderes ihn gesehen haben könnte, erstellt einen neuen.',
  removeTitle: '{{title}} entfernen?',
  regenerateTitle: 'Einen neuen Wiederherstellungscode erstellen?',
  removeWhat:
    'Diese Passphrase öffnet den Tresor nicht mehr, nicht einmal eine Kopie von vor heute: Hearth gibt dem Tresor einen neuen Schlüssel. Weil, wer diese Passphrase benutzt hat, vielleicht auch den Wiederherstellungscode kennt, ändert sich der ebenfalls: Du siehst den neuen Code einmal, um ihn aufzuschreiben. Nichts, was ihr geschrieben habt, wird verändert.',
  removeBackups:
    'Sicherungen, die Hearth aufbewahrt, bekommen den neuen Schlüssel. Eine Kopie, die du selbst in einen Ordner gelegt hast, öffnet sich weiter mit den Passphrasen und dem Wiederherstellungscode von damals.',
  regenerateWhat: 'Euer aktueller Wiederherstellungscode funktioniert sofort nicht mehr. Du siehst den neuen einmal, um ihn aufzuschreiben.',
  yourCurrent: 'Deine aktuelle Passphrase',
  removeIt: 'Entfernen',
  makeCode: 'Neuen Code erstellen',
  rekeyProgress: 'Fortschritt des neuen Schlüssels',
  rekeyStarting: 'Wird vorbereitet …',
  rekeyNote: 'Hearth wartet darauf, bevor es etwas anderes tut; bei einem großen Tresor dauert das ein paar Sekunden.',
  typeCurrent: 'Gib zuerst deine aktuelle Passphrase ein.',
  changed: '{{title}} wurde geändert. Nimm ab jetzt die neue.',
  changedNewKey:
    'Der Tresor hat einen neuen Schlüssel, also öffnet die alte Passphrase keine Kopie mehr. Dadurch gibt es auch einen neuen Wiederherstellungscode, denn der Code ist der aufgeschriebene Schlüssel: Der alte funktioniert nicht mehr.',
  added: '{{name}} hat jetzt eine eigene Passphrase.',
  removed:
    '{{title}} wurde entfernt, und der Tresor hat einen neuen Schlüssel, also öffnet sie auch keine Kopie mehr. Wer sie benutzt hat, kennt vielleicht auch den alten Wiederherstellungscode, deshalb funktioniert der nicht mehr: Hier ist der neue.',
  codeInPlace: 'Euer neuer Wiederherstellungscode gilt jetzt. Der alte öffnet den Tresor nicht mehr.',
  staleOneBackup:
    'Euer neuer Wiederherstellungscode gilt jetzt. Der alte öffnet den Tresor nicht mehr. Eine Sicherung konnte den neuen Schlüssel nicht bekommen ({{backups}}): Sie öffnet sich weiter nur mit den alten Passphrasen und dem alten Code. Unter Einstellungen › Sicherungen kannst du eine neue erstellen.',
  staleBackups_one:
    'Euer neuer Wiederherstellungscode gilt jetzt. Der alte öffnet den Tresor nicht mehr. {{count}} Sicherung konnte den neuen Schlüssel nicht bekommen ({{backups}}): Sie öffnet sich weiter nur mit den alten Passphrasen und dem alten Code. Unter Einstellungen › Sicherungen kannst du eine neue erstellen.',
  staleBackups_other:
    'Euer neuer Wiederherstellungscode gilt jetzt. Der alte öffnet den Tresor nicht mehr. {{count}} Sicherungen konnten den neuen Schlüssel nicht bekommen ({{backups}}): Sie öffnen sich weiter nur mit den alten Passphrasen und dem alten Code. Unter Einstellungen › Sicherungen kannst du eine neue erstellen.',
  wrongPassphrase: 'Das ist keine Passphrase, die diesen Tresor öffnet. Prüf sie und versuch es noch einmal.',
  lastSlot: 'Das ist die einzige Passphrase, die den Tresor öffnet, deshalb kann sie nicht entfernt werden. Füg zuerst eine weitere hinzu.',
};

export default security;
