import appEn from './app/en';
import damagedVaultEn from './damagedVault/en';
import errorsEn from './errors/en';
import shortcutsEn from './shortcuts/en';
import startFailedEn from './startFailed/en';
import textSizeEn from './textSize/en';
import unlockEn from './unlock/en';
import welcomeEn from './welcome/en';

/**
 * The English the start screen speaks (welcome, unlock, a damaged vault, the keyboard shortcuts, a failed start): the
 * renderer bundles only these groups, and loads the whole catalogue (en.ts) with the frame or the create-vault screen
 * (issue 20: the start screen's script stays small). `i18n/start-words.test.ts` draws the start screens with these
 * groups alone.
 */
const enStart = {
  app: appEn,
  welcome: welcomeEn,
  unlock: unlockEn,
  damagedVault: damagedVaultEn,
  errors: errorsEn,
  shortcuts: shortcutsEn,
  startFailed: startFailedEn,
  textSize: textSizeEn,
};

export default enStart;
