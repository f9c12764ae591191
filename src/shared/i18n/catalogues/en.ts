import appEn from './app/en';
import welcomeEn from './welcome/en';
import unlockEn from './unlock/en';
import homeEn from './home/en';
import safetyEn from './safety/en';
import shortcutsEn from './shortcuts/en';
import startFailedEn from './startFailed/en';
import setPassphraseEn from './setPassphrase/en';
import settingsEn from './settings/en';
import textSizeEn from './textSize/en';
import privacyEn from './privacy/en';
import jobsEn from './jobs/en';
import backupsEn from './backups/en';
import transferEn from './transfer/en';
import securityEn from './security/en';
import passphraseFieldsEn from './passphraseFields/en';
import recoveryKitEn from './recoveryKit/en';
import checkinsEn from './checkins/en';
import insightsEn from './insights/en';
import therapyExportEn from './therapyExport/en';
import damagedVaultEn from './damagedVault/en';
import strengthEn from './strength/en';
import errorsEn from './errors/en';
import reflectionStepsEn from './reflectionSteps/en';
import reflectionsEn from './reflections/en';
import timelineEn from './timeline/en';
import searchEn from './search/en';
import draftsEn from './drafts/en';
import readingsEn from './readings/en';
import reminderEn from './reminder/en';
import menuEn from './menu/en';
import dialogsEn from './dialogs/en';
import exportDocumentEn, { exportVocabulary as exportVocabularyEn } from './exportDocument/en';
import { appreciations, exercises, journal, journalPrompts, loveLanguageInfo, loveLanguageQuiz, loveLanguages, practices } from './exercises/en';

/**
 * English, Hearth's source language: every other catalogue has exactly these keys (catalogues.test.ts), and the
 * type of this object is what makes `t('…')` keys typed. Keys are grouped by the screen or component that shows
 * them. A plural is a key with `_one`/`_other` (and `_zero`, `_two`, `_few`, `_many` where a language needs
 * them), asked for by its base name with a `count`: `t('unlock.retryIn', { count })`.
 */
const en = {
  app: appEn,
  welcome: welcomeEn,
  unlock: unlockEn,
  create: {
    steps: 'Steps',
    stepNames: 'Names',
    stepPassphrase: 'Passphrase',
    stepSettingUp: 'Setting up',
    stepRecovery: 'Recovery code',
    stepDone: '(done)',
    title: 'Create your vault',
    intro: 'A vault is where Hearth keeps everything the two of you write, encrypted on this computer.',
    vaultName: 'Vault name',
    vaultNameHint: 'This name is visible on this computer before unlocking — choose something plain, like ‘Our place’.',
    vaultNameMissing: 'Give the vault a name.',
    yourName: 'Your name',
    yourNameMissing: 'Add your name.',
    partnerName: "Your partner's name",
    partnerNameHint: 'They can add a passphrase of their own later, in Settings.',
    partnerNameMissing: "Add your partner's name.",
    next: 'Next',
    cancel: 'Cancel',
    passphraseTitle: 'Choose your passphrase, {{name}}',
    passphraseIntro: 'It opens the vault on this computer. Nobody can reset it for you, so pick something you will remember.',
    passphrase: 'Passphrase',
    advanced: 'Advanced: choose a folder',
    advancedWhy:
      "By default the vault lives in Hearth's own folder on this computer. Choose another folder only if you have a reason to, such as a drive you keep backups on.",
    folder: 'Folder:',
    chooseFolder: 'Choose a folder…',
    defaultFolder: 'Use the default folder',
    submit: 'Create the vault',
    back: 'Back',
    creatingTitle: 'Setting up your vault…',
    creatingWhy:
      'This takes a moment on purpose: Hearth makes every passphrase slow to check, so guessing one would take a very long time.',
    readyTitle: 'Your vault is ready',
    readyIntro: 'One last, important step: keep a copy of your recovery code.',
  },
  frame: {
    skip: 'Skip to content',
    sections: 'Sections',
    search: 'Search',
    lock: 'Lock',
    recoveryUnseen:
      'Hearth stopped while giving the vault a new key, before it could show you the new recovery code. The code on your paper may no longer open the vault: make a new one now.',
    goToSecurity: 'Go to Security',
  },
  nav: {
    home: 'Home',
    timeline: 'Timeline',
    reflections: 'Reflections',
    checkins: 'Check-ins',
    exercises: 'Exercises',
    insights: 'Insights',
    therapyExport: 'Export',
    settings: 'Settings',
  },
  language: {
    title: 'Language',
    intro: 'The language Hearth speaks on this computer. What the two of you write stays as you wrote it.',
    label: 'Language on this computer',
    system: 'The system’s language ({{language}})',
    saved: 'Saved. Hearth now speaks {{language}}.',
    failed: 'Hearth could not keep that choice. Try again.',
    partly: '{{language}} (partly translated)',
    partlyNote: 'Some screens are translated into {{language}} so far; the others are still in English. The system’s language is only followed once every screen speaks it.',
  },
  home: homeEn,
  safety: safetyEn,
  shortcuts: shortcutsEn,
  startFailed: startFailedEn,
  setPassphrase: setPassphraseEn,
  settings: settingsEn,
  textSize: textSizeEn,
  privacy: privacyEn,
  jobs: jobsEn,
  backups: backupsEn,
  transfer: transferEn,
  security: securityEn,
  passphraseFields: passphraseFieldsEn,
  recoveryKit: recoveryKitEn,
  checkins: checkinsEn,
  insights: insightsEn,
  therapyExport: therapyExportEn,
  damagedVault: damagedVaultEn,
  strength: strengthEn,
  errors: errorsEn,
  reflectionSteps: reflectionStepsEn,
  reflections: reflectionsEn,
  timeline: timelineEn,
  search: searchEn,
  drafts: draftsEn,
  readings: readingsEn,
  reminder: reminderEn,
  menu: menuEn,
  dialogs: dialogsEn,
  exercises,
  practices,
  appreciations,
  journal,
  journalPrompts,
  loveLanguages,
  loveLanguageInfo,
  loveLanguageQuiz,
  exportDocument: exportDocumentEn,
  exportVocabulary: exportVocabularyEn,
};

export default en;
