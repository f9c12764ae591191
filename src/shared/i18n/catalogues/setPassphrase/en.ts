/** After opening with the recovery code when no passphrase opens the vault any more. */
const setPassphrase = {
  title: 'Set a new passphrase',
  intro:
    "You opened {{vault}} with the recovery code, and no passphrase opens it any more. Choose one now so you don't need the code next time.",
  whose: 'Whose passphrase is this?',
  label: 'New passphrase',
  save: 'Save passphrase',
  lock: 'Lock',
};

export default setPassphrase;
