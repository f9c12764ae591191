import type en from './en';

/** Was Hearth sagt, wenn etwas nicht geklappt hat: nach dem Code des Fehlers, ruhig und mit dem, was du tun kannst. */
const errors: { [Key in keyof typeof en]: string } = {
  unexpected: 'In Hearth ist etwas schiefgegangen. Nichts von dem, was ihr geschrieben habt, wurde verändert.',
  VALIDATION: 'Hier passt noch etwas nicht ganz. Schau dir deine Eingaben noch einmal an und versuch es dann erneut.',
  validationPassword: 'Dieses Passwort ist zu kurz oder zu leicht zu erraten. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.',
  validationRecoveryCode: 'Der Wiederherstellungscode scheint vertippt zu sein. Vergleich ihn mit deiner Abschrift.',
  VAULT_LOCKED: 'Der Tresor ist gesperrt. Entsperr ihn, um weiterzumachen; nichts ist verloren gegangen.',
  WRONG_PASSPHRASE: 'Diese Passphrase oder dieser Wiederherstellungscode öffnet den Tresor nicht.',
  RATE_LIMITED: 'Zu viele Versuche. Warte einen Moment und versuch es dann noch einmal.',
  rateLimitedWait_one: 'Zu viele Versuche. Warte {{count}} Sekunde und versuch es dann noch einmal.',
  rateLimitedWait_other: 'Zu viele Versuche. Warte {{count}} Sekunden und versuch es dann noch einmal.',
  NOT_FOUND: 'Das ist nicht mehr da.',
  ALREADY_EXISTS: 'Das gibt es schon.',
  NOT_A_VAULT: 'In diesem Ordner liegt kein Hearth-Tresor.',
  CONFLICT: 'Das hat sich inzwischen geändert, deshalb hat Hearth es nicht überschrieben. Schau es dir noch einmal an und versuch es dann erneut.',
  LAST_SLOT: 'Das ist die letzte Passphrase des Tresors. Füg zuerst eine weitere hinzu, bevor du sie entfernst.',
  CORRUPT: 'Im Tresor ist etwas beschädigt, deshalb hat Hearth ihn so gelassen, wie er war.',
  TOO_NEW: 'Das wurde mit einer neueren Version von Hearth erstellt. Aktualisiere Hearth, um es zu öffnen; nichts wurde verändert.',
  IO: 'Hearth konnte eine Datei, die es braucht, nicht lesen oder schreiben. Prüf, ob der Ordner noch da ist und ob du darin schreiben darfst.',
  CANCELLED: 'Abgebrochen – nichts wurde geschrieben.',
  INTERNAL: 'In Hearth ist etwas schiefgegangen. Nichts von dem, was ihr geschrieben habt, wurde verändert.',
  reasonDatabase: 'Die Datei mit allem, was ihr geschrieben habt, ist beschädigt, deshalb hat Hearth sie nicht geöffnet. Nichts wurde verändert.',
  reasonKeyslots:
    'Die Passphrase-Dateien des Tresors fehlen oder sind beschädigt. Öffne ihn mit dem Wiederherstellungscode; Hearth bittet dich dann um eine neue Passphrase.',
  reasonVaultFile: 'Die Beschreibungsdatei des Tresors (vault.json) ist beschädigt.',
  reasonDiskFull: 'Der Datenträger ist voll. Schaff etwas Platz und versuch es dann noch einmal; nichts ist verloren gegangen.',
  reasonFolderMissing: 'Der Ordner des Tresors ist nicht da. Wenn er auf einem USB-Stick liegt, steck ihn ein und versuch es noch einmal.',
  reasonFolderUnreadable: 'Hearth konnte den Ordner des Tresors nicht lesen oder nicht darin schreiben. Prüf, ob er noch da ist und ob du darin schreiben darfst.',
  wrongPassphrase: 'Diese Passphrase öffnet den Tresor nicht.',
  wrongRecoveryCode: 'Dieser Wiederherstellungscode öffnet den Tresor nicht.',
  tooManyTries: 'Zu viele Versuche hintereinander. Gleich kannst du es noch einmal versuchen.',
  notFoundTitle: 'Hearth hat diesen Tresor nicht gefunden',
  notFoundNext: 'Wenn sein Ordner verschoben wurde, vergiss ihn hier und öffne ihn wieder aus seinem neuen Ordner.',
};

export default errors;
