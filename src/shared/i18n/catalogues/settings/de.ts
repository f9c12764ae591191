import type { Catalogue } from '../../catalogue';

const settings: Catalogue['settings'] = {
  title: 'Einstellungen',
};

export default settings;
