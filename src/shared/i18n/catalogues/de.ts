import appDe from './app/de';
import welcomeDe from './welcome/de';
import unlockDe from './unlock/de';
import type { Catalogue } from '../catalogue';
import homeDe from './home/de';
import safetyDe from './safety/de';
import shortcutsDe from './shortcuts/de';
import startFailedDe from './startFailed/de';
import setPassphraseDe from './setPassphrase/de';
import settingsDe from './settings/de';
import textSizeDe from './textSize/de';
import privacyDe from './privacy/de';
import jobsDe from './jobs/de';
import backupsDe from './backups/de';
import transferDe from './transfer/de';
import securityDe from './security/de';
import passphraseFieldsDe from './passphraseFields/de';
import recoveryKitDe from './recoveryKit/de';
import checkinsDe from './checkins/de';
import insightsDe from './insights/de';
import therapyExportDe from './therapyExport/de';
import damagedVaultDe from './damagedVault/de';
import strengthDe from './strength/de';
import errorsDe from './errors/de';
import reflectionStepsDe from './reflectionSteps/de';
import reflectionsDe from './reflections/de';
import timelineDe from './timeline/de';
import searchDe from './search/de';
import draftsDe from './drafts/de';
import readingsDe from './readings/de';
import reminderDe from './reminder/de';
import menuDe from './menu/de';
import dialogsDe from './dialogs/de';
import exportDocumentDe, { exportVocabulary as exportVocabularyDe } from './exportDocument/de';
import { appreciations, exercises, journal, journalPrompts, loveLanguageInfo, loveLanguageQuiz, loveLanguages, practices } from './exercises/de';

/**
 * German. Hearth says "du" to the person at the keyboard and "ihr"/"euch" to the two of you, as a friend
 * would: warm, plain, never the formal "Sie".
 */
const de: Catalogue = {
  app: appDe,
  welcome: welcomeDe,
  unlock: unlockDe,
  create: {
    steps: 'Schritte',
    stepNames: 'Namen',
    stepPassphrase: 'Passphrase',
    stepSettingUp: 'Einrichtung',
    stepRecovery: 'Wiederherstellungscode',
    stepDone: '(erledigt)',
    title: 'Euren Tresor anlegen',
    intro: 'In einem Tresor bewahrt Hearth alles auf, was ihr zwei schreibt – verschlüsselt auf diesem Computer.',
    vaultName: 'Name des Tresors',
    vaultNameHint: 'Dieser Name ist auf diesem Computer schon vor dem Entsperren zu sehen – wähl etwas Schlichtes, etwa ‚Unser Ort‘.',
    vaultNameMissing: 'Gib dem Tresor einen Namen.',
    yourName: 'Dein Name',
    yourNameMissing: 'Trag deinen Namen ein.',
    partnerName: 'Der Name deines Partners oder deiner Partnerin',
    partnerNameHint: 'Später, in den Einstellungen, kann sie oder er eine eigene Passphrase hinzufügen.',
    partnerNameMissing: 'Trag den Namen deines Partners oder deiner Partnerin ein.',
    next: 'Weiter',
    cancel: 'Abbrechen',
    passphraseTitle: 'Wähl deine Passphrase, {{name}}',
    passphraseIntro: 'Sie öffnet den Tresor auf diesem Computer. Niemand kann sie für dich zurücksetzen, also nimm etwas, das du dir merken kannst.',
    passphrase: 'Passphrase',
    advanced: 'Erweitert: einen Ordner wählen',
    advancedWhy:
      'Normalerweise liegt der Tresor in Hearths eigenem Ordner auf diesem Computer. Wähl nur dann einen anderen Ordner, wenn du einen Grund dafür hast, etwa ein Laufwerk, auf dem du Sicherungen aufbewahrst.',
    folder: 'Ordner:',
    chooseFolder: 'Einen Ordner wählen …',
    defaultFolder: 'Den Standardordner verwenden',
    submit: 'Tresor anlegen',
    back: 'Zurück',
    creatingTitle: 'Euer Tresor wird eingerichtet …',
    creatingWhy:
      'Das dauert mit Absicht einen Moment: Hearth prüft jede Passphrase langsam, damit das Erraten einer Passphrase sehr, sehr lange dauern würde.',
    readyTitle: 'Euer Tresor ist bereit',
    readyIntro: 'Ein letzter, wichtiger Schritt: Bewahrt eine Kopie eures Wiederherstellungscodes auf.',
  },
  frame: {
    skip: 'Zum Inhalt springen',
    sections: 'Bereiche',
    search: 'Suchen',
    lock: 'Sperren',
    recoveryUnseen:
      'Hearth wurde beendet, während der Tresor einen neuen Schlüssel bekam – bevor der neue Wiederherstellungscode gezeigt werden konnte. Der Code auf eurem Papier öffnet den Tresor vielleicht nicht mehr: Erstellt jetzt einen neuen.',
    goToSecurity: 'Zur Sicherheit',
  },
  nav: {
    home: 'Start',
    timeline: 'Zeitleiste',
    reflections: 'Reflexionen',
    checkins: 'Gespräche',
    exercises: 'Übungen',
    insights: 'Einblicke',
    therapyExport: 'Export',
    settings: 'Einstellungen',
  },
  language: {
    title: 'Sprache',
    intro: 'Die Sprache, in der Hearth auf diesem Computer mit euch spricht. Was ihr zwei schreibt, bleibt, wie ihr es geschrieben habt.',
    label: 'Sprache auf diesem Computer',
    system: 'Die Sprache des Systems ({{language}})',
    saved: 'Gespeichert. Hearth spricht jetzt {{language}}.',
    failed: 'Hearth konnte diese Wahl nicht speichern. Versuch es noch einmal.',
    partly: '{{language}} (teilweise übersetzt)',
    partlyNote: 'Bisher sind einige Seiten auf {{language}} übersetzt; die übrigen sind noch auf Englisch. Der Sprache des Systems folgt Hearth erst, wenn jede Seite sie spricht.',
  },
  home: homeDe,
  safety: safetyDe,
  shortcuts: shortcutsDe,
  startFailed: startFailedDe,
  setPassphrase: setPassphraseDe,
  settings: settingsDe,
  textSize: textSizeDe,
  privacy: privacyDe,
  jobs: jobsDe,
  backups: backupsDe,
  transfer: transferDe,
  security: securityDe,
  passphraseFields: passphraseFieldsDe,
  recoveryKit: recoveryKitDe,
  checkins: checkinsDe,
  insights: insightsDe,
  therapyExport: therapyExportDe,
  damagedVault: damagedVaultDe,
  strength: strengthDe,
  errors: errorsDe,
  reflectionSteps: reflectionStepsDe,
  reflections: reflectionsDe,
  timeline: timelineDe,
  search: searchDe,
  drafts: draftsDe,
  readings: readingsDe,
  reminder: reminderDe,
  menu: menuDe,
  dialogs: dialogsDe,
  exercises,
  practices,
  appreciations,
  journal,
  journalPrompts,
  loveLanguages,
  loveLanguageInfo,
  loveLanguageQuiz,
  exportDocument: exportDocumentDe,
  exportVocabulary: exportVocabularyDe,
};

export default de;
