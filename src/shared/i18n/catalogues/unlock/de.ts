import type { Catalogue } from '../../catalogue';

/** The unlock screen (vaults/Unlock.svelte, vaults/unlock.svelte.ts). */
const unlockDe: Catalogue['unlock'] = {
  title: 'Öffne euren Tresor',
  formLabel: 'Entsperren',
  vault: 'Tresor:',
  whichVault: 'Welcher Tresor?',
  unavailableShort: 'Nicht erreichbar – sein Ordner ist nicht mehr, wo er war',
  unavailableLong:
    'ist nicht erreichbar: Sein Ordner ist nicht mehr, wo er war. Liegt er auf einem Laufwerk, schließ es an und öffne Hearth noch einmal; wurde der Ordner verschoben, vergiss den Tresor hier und öffne ihn an seinem neuen Ort.',
  passphrase: 'Passphrase',
  recoveryCode: 'Wiederherstellungscode',
  recoveryHint: 'Tippe ihn so ab, wie er auf deiner Papierkopie steht; Leerzeichen oder Bindestriche zwischen den Gruppen sind in Ordnung.',
  retryIn_one: 'Du kannst es in {{count}} Sekunde noch einmal versuchen.',
  retryIn_other: 'Du kannst es in {{count}} Sekunden noch einmal versuchen.',
  submit: 'Entsperren',
  submitting: 'Wird entsperrt …',
  useRecovery: 'Den Wiederherstellungscode verwenden',
  usePassphrase: 'Eine Passphrase verwenden',
  otherVaults: 'Andere Tresore',
  createAnother: 'Noch einen Tresor anlegen',
  openFolder: 'Einen Tresor aus einem Ordner öffnen',
  forget: 'Diesen Tresor auf diesem Computer vergessen',
  stillDamaged: 'Hearth kann den Tresor immer noch nicht öffnen. Geh die Schritte oben durch und versuch es dann noch einmal.',
  forgetTitle: '„{{name}}“ auf diesem Computer vergessen?',
  forgetWhat: 'Hearth zeigt diesen Tresor hier nicht mehr an. Seine Dateien werden nicht gelöscht – sie bleiben in ihrem Ordner:',
  forgetAgain: 'Du kannst ihn jederzeit wieder öffnen, mit „Einen Tresor aus einem Ordner öffnen“.',
  keep: 'Behalten',
  forgetConfirm: 'Hier vergessen',
};

export default unlockDe;
