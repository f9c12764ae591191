import type { Catalogue } from '../../catalogue';

/** The first screen, before any vault exists (vaults/Welcome.svelte). */
const welcomeDe: Catalogue['welcome'] = {
  title: 'Ein ruhiger Ort für euch zwei',
  intro:
    'Hearth bewahrt eure gemeinsame Geschichte – die Momente auf eurer Zeitleiste, worüber ihr nachdenkt und wie ihr miteinander im Gespräch bleibt. Es gehört nur euch: Es gibt kein Konto und nichts, wofür ihr euch anmelden müsst.',
  encrypted: 'Alles bleibt verschlüsselt auf diesem Computer.',
  create: 'Euren Tresor anlegen',
  openFolder: 'Einen Tresor aus einem Ordner öffnen',
};

export default welcomeDe;
