import type { Catalogue } from '../../catalogue';

const startFailed: Catalogue['startFailed'] = {
  title: 'Hearth konnte nicht starten',
  retry: 'Noch einmal versuchen',
  partFailed: 'Dieser Teil von Hearth konnte nicht geladen werden. An eurem Tresor wurde nichts verändert.',
};

export default startFailed;
