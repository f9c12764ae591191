// The frame draws charts on Home, and Insights its own: jsdom needs their shims before anything loads them.
import '../testing/chart-shims';
import { render } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/language';
import { AppState } from '../app/app.svelte';
import { CHECKINS_CONVERTED } from '../checkins/checkins.pseudo';
import { EXERCISES_CONVERTED } from '../exercises/exercises.pseudo';
import Frame from '../frame/Frame.svelte';
import { FRAME_CONVERTED } from '../frame/frame.pseudo';
import { INSIGHTS_CONVERTED } from '../insights/insights.pseudo';
import Language from '../language/Language.svelte';
import { languageName } from '../language/language.svelte';
import { REFLECTION_STEPS_CONVERTED } from '../reflections/reflection-steps.pseudo';
import { REFLECTIONS_CONVERTED } from '../reflections/reflections.pseudo';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { PSEUDO_CLOSE, PSEUDO_OPEN, PSEUDO_TAG, pseudoCatalogue } from '../testing/pseudo-locale';
import { THERAPY_EXPORT_CONVERTED } from '../therapyExport/therapy-export.pseudo';
import { SEARCH_CONVERTED, TIMELINE_CONVERTED } from '../timeline/timeline.pseudo';
import { VAULTS_CONVERTED } from '../vaults/vaults.pseudo';
import enStart from '../../../shared/i18n/catalogues/en-start';
import { useCatalogue, useLanguage } from './i18n.svelte';

/**
 * The screens whose words have all moved to the catalogues, each rendered in the pseudo-locale. A later step that
 * moves another screen adds it here. `within` names the part of the screen that is converted when the rest is not
 * yet (the frame's own navigation and buttons, not the section inside it); `data` is what the screen shows that is
 * the couple's own or the system's (names, shortcuts, languages' own names) and so comes from no catalogue.
 */
const CONVERTED: { name: string; within?: string; data?: string[]; start?: true; show: () => Promise<void> }[] = [
  ...VAULTS_CONVERTED,
  {
    name: 'The frame: navigation, search and lock',
    within: 'aside',
    data: [session.vault.name, 'Ctrl+K', 'Ctrl+L', '⌘K', '⌘L'],
    show: async () => {
      installFakeHearth({});
      render(Frame, { app: new AppState(), session });
    },
  },
  {
    name: 'Settings › Language',
    data: LANGUAGES.map((l) => languageName(l)),
    show: async () => {
      installFakeHearth({ 'language.get': () => ({ chosen: null }) });
      render(Language);
    },
  },
  ...EXERCISES_CONVERTED,
  ...FRAME_CONVERTED,
  ...CHECKINS_CONVERTED,
  ...INSIGHTS_CONVERTED,
  ...THERAPY_EXPORT_CONVERTED,
  ...REFLECTIONS_CONVERTED,
  ...REFLECTION_STEPS_CONVERTED,
  ...TIMELINE_CONVERTED,
  ...SEARCH_CONVERTED,
];

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

/** Every piece of text a person can see or hear in `root` that is not marked as a pseudo-locale message. */
function unmarked(root: Element, data: readonly string[]): string[] {
  const found: string[] = [];
  const check = (text: string | null | undefined) => {
    const trimmed = text?.trim();
    if (!trimmed || data.includes(trimmed) || /^[\d\s.,:()/–-]+$/.test(trimmed)) return;
    if (!(trimmed.startsWith(PSEUDO_OPEN) && trimmed.endsWith(PSEUDO_CLOSE))) found.push(trimmed);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('script, style')) check(node.textContent);
    } else for (const name of ATTRIBUTES) check((node as Element).getAttribute(name));
  }
  return found;
}

type Case = (typeof CONVERTED)[number];

async function expectOnlyCatalogueText(screenCase: Case): Promise<void> {
  await screenCase.show();
  // Let the fakes answer and the screen settle.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const roots = screenCase.within ? [...document.body.querySelectorAll(screenCase.within)] : [document.body];
  expect(roots.length, `${screenCase.within} is on the screen`).toBeGreaterThan(0);
  const texts = roots.flatMap((root) => unmarked(root, screenCase.data ?? []));
  expect(texts, 'text that did not come from a catalogue').toEqual([]);
  // The title of the page says where the screen is: an empty screen would pass everything above.
  expect(document.body.textContent).toContain(PSEUDO_OPEN);
}

describe('the pseudo-locale', () => {
  beforeAll(async () => {
    await useCatalogue(PSEUDO_TAG, pseudoCatalogue());
  });
  afterAll(async () => {
    await useLanguage('en');
  });

  for (const screenCase of CONVERTED) {
    it(`shows only catalogue text on: ${screenCase.name}`, () => expectOnlyCatalogueText(screenCase), 30_000);
  }
});

// The start screen is bundled with only some groups of English (en-start.ts); the rest comes with the frame. Drawn
// with those groups alone (in the pseudo-locale), a word from any other group would come out in plain English.
describe('the start screen, with its own words only', () => {
  beforeAll(async () => {
    await useCatalogue(`${PSEUDO_TAG}-start`, pseudoCatalogue(enStart));
  });
  afterAll(async () => {
    await useLanguage('en');
  });

  for (const screenCase of CONVERTED.filter((c) => c.start)) {
    it(`speaks only en-start.ts on: ${screenCase.name}`, () => expectOnlyCatalogueText(screenCase), 30_000);
  }
});
