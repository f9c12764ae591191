import type { Catalogue } from '../../catalogue';

const startFailed: Catalogue['startFailed'] = {
  title: 'Hearth konnte nicht starten',
  retry: 'Noch einmal versuchen',
};

export default startFailed;
