import type { Catalogue } from '../../catalogue';

const textSize: Catalogue['textSize'] = {
  title: 'Textgröße',
  intro: 'Wie groß Hearths Schrift auf diesem Computer ist, auch beim Entsperren. Alles auf dem Bildschirm wächst mit ihr.',
  small: 'Klein',
  default: 'Normal',
  large: 'Groß',
  larger: 'Größer',
  savedSmall: 'Kleine Schrift, auf diesem Computer gespeichert.',
  savedDefault: 'Normale Schrift, auf diesem Computer gespeichert.',
  savedLarge: 'Große Schrift, auf diesem Computer gespeichert.',
  savedLarger: 'Größere Schrift, auf diesem Computer gespeichert.',
};

export default textSize;
