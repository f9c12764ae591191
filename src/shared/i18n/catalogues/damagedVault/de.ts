import type en from './en';

/** Wenn sich ein Tresor nicht öffnen lässt: was passiert ist und was ihr tun könnt, ruhig und Schritt für Schritt. */
const damagedVault: { [Key in keyof typeof en]: string } = {
  folder: 'Der Ordner des Tresors',
  whatYouCanDo: 'Was du tun kannst',
  useRecovery: 'Den Wiederherstellungscode verwenden',
  tryAgain: 'Noch einmal versuchen',
  trying: 'Wird versucht …',
  back: 'Zurück zu „Öffne euren Tresor“',
  neverChanges: 'Hearth verändert oder ersetzt die Dateien eines Tresors nie von sich aus, wenn mit ihnen etwas nicht stimmt.',
  tooNewTitle: 'Dieser Tresor braucht ein neueres Hearth',
  tooNewWhat: 'Er wurde zuletzt mit einer neueren Version von Hearth geöffnet als der auf diesem Computer. Nichts darin wurde verändert.',
  tooNewStep1: 'Aktualisiere Hearth auf diesem Computer auf die neueste Version.',
  tooNewStep2: 'Öffne Hearth wieder und entsperr den Tresor wie gewohnt.',
  diskFullTitle: 'Der Datenträger ist voll',
  diskFullWhat: 'Hearth braucht etwas freien Platz auf dem Datenträger mit dem Tresor, bevor es ihn öffnen kann. Nichts ist verloren gegangen.',
  diskFullStep1: 'Schaff etwas Platz auf diesem Datenträger: Leer den Papierkorb oder verschieb große Dateien wie Videos an einen anderen Ort.',
  diskFullStep2: 'Versuch es dann noch einmal.',
  missingFolderTitle: 'Hearth findet den Ordner des Tresors nicht',
  missingFolderWhat: 'Sein Ordner ist nicht mehr dort, wo er war. Nichts wurde verändert.',
  missingFolderStep1: 'Wenn der Tresor auf einem USB-Stick oder einem anderen Laufwerk liegt, steck es ein, warte einen Moment und versuch es dann noch einmal.',
  missingFolderStep2:
    'Wenn du den Ordner verschoben hast, geh zurück, vergiss den Tresor hier (seine Dateien werden nicht gelöscht) und öffne ihn an seinem neuen Ort mit „Einen Tresor aus einem Ordner öffnen“.',
  unreadableTitle: 'Hearth kann den Ordner des Tresors nicht lesen',
  unreadableWhat: 'Sein Ordner ist da, aber Hearth durfte ihn nicht lesen oder nicht darin schreiben. Nichts wurde verändert.',
  unreadableStep1: 'Prüf, ob das Laufwerk eingesteckt ist und nicht nur zum Lesen eingestellt ist.',
  unreadableStep2:
    'Prüf, ob dein Benutzerkonto auf diesem Computer den Ordner öffnen und die Dateien darin ändern darf (seine Berechtigungen), oder frag die Person, die sich um den Computer kümmert.',
  unreadableStep3: 'Versuch es dann noch einmal.',
  keyFilesTitle: 'Die Passphrase-Dateien des Tresors sind beschädigt',
  keyFilesWhat: 'Die Dateien, mit denen eure Passphrasen den Tresor öffnen, fehlen oder sind beschädigt. Was ihr geschrieben habt, ist davon nicht betroffen.',
  keyFilesStep1: 'Öffne den Tresor mit deinem Wiederherstellungscode, dem auf deiner Abschrift auf Papier.',
  keyFilesStep2: 'Hearth bittet dich dann, eine neue Passphrase zu wählen.',
  vaultFileTitle: 'Die Beschreibungsdatei des Tresors ist beschädigt',
  vaultFileWhat:
    'Die kleine Datei, die den Tresor benennt (vault.json), lässt sich nicht lesen, deshalb weiß Hearth nicht, wie es ihn öffnen soll. Was ihr geschrieben habt, liegt in einer eigenen Datei und wurde nicht verändert.',
  vaultFileStep1:
    'Wenn ihr mit „In einen Ordner sichern …“ eine Kopie des Tresors in einem anderen Ordner gespeichert habt, öffne stattdessen diese Kopie: Geh zurück, vergiss diesen Tresor hier (seine Dateien werden nicht gelöscht) und nimm dann „Einen Tresor aus einem Ordner öffnen“.',
  vaultFileStep2: 'Andernfalls lass den Ordner unten genau so, wie er ist, und bitte jemanden, dem du vertraust, um Hilfe, bevor du darin etwas änderst.',
  databaseTitle: 'Dieser Tresor scheint beschädigt zu sein',
  databaseWhat:
    'Die Datei, die alles enthält, was ihr geschrieben habt (hearth.db), ist beschädigt oder unvollständig und lässt sich deshalb nicht sicher öffnen. Hearth hat nichts verändert.',
  databaseStep1:
    'Öffne im Ordner des Tresors den Ordner „backups“. Dort bewahrt Hearth geprüfte Kopien auf, benannt mit „hearth-“ und dem Datum und der Uhrzeit, zu der sie entstanden sind.',
  databaseStep2:
    'Verschieb hearth.db und jede Datei daneben, deren Name mit „hearth.db-“ beginnt, aus dem Ordner des Tresors an einen sicheren Ort. Behalte sie; lösch sie nicht.',
  databaseStep3:
    'Kopier die neueste Sicherung in den Ordner des Tresors, benenn die Kopie in hearth.db um und wähl „Noch einmal versuchen“. Was nach dieser Sicherung geschrieben wurde, ist darin nicht enthalten.',
  databaseStep4:
    'Wenn dir das zu viel ist, bitte jemanden, dem du vertraust, es mit dir zusammen zu machen. Es eilt nicht: Solange der Tresor geschlossen bleibt, ändert sich nichts.',
};

export default damagedVault;
