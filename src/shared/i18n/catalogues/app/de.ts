import type { Catalogue } from '../../catalogue';

/** The app's own name. */
const appDe: Catalogue['app'] = {
  name: 'Hearth',
};

export default appDe;
