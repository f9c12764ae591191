import type { Catalogue } from '../../catalogue';

const safety: Catalogue['safety'] = {
  title: 'Wenn du dich nicht sicher fühlst',
  notTheTool:
    'Die Übungen zu Konflikt und Vergebung in Hearth sind für zwei Menschen gemacht, die sich miteinander sicher fühlen. Wenn du Angst vor deinem Partner oder deiner Partnerin hast oder dich jemand zu Hause verletzt, bedroht oder kontrolliert, sind diese Übungen nicht das Richtige – und was gerade passiert, ist nicht deine Schuld.',
  danger: 'Wenn du gerade in Gefahr bist, ruf die Notrufnummer deines Landes an.',
  helplines:
    'In den meisten Ländern gibt es Hilfetelefone gegen häusliche Gewalt. Sie sind kostenlos und vertraulich, und du musst nicht sicher wissen, was gerade passiert, um dort anzurufen. Eine Ärztin oder ein Arzt, eine Beratungsstelle in deiner Nähe oder jemand, dem du vertraust, kann dir helfen, das richtige für deinen Wohnort zu finden.',
  privateDevice:
    'Wer diesen Tresor öffnen kann, kann lesen, was darin steht. Wenn du Hilfe suchst, ist ein Telefon oder Computer sicherer, den nur du benutzt. Mit {{keys}} kannst du Hearth jederzeit sperren.',
  back: 'Zurück zum Start',
};

export default safety;
