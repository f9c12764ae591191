// Test support only (i18n/pseudo.test.ts): the Export section's screen, each of its states, rendered for the
// pseudo-locale. The preview pages' own words are laid out by the core with the PDF (another catalogue's concern), so
// here they are data. Nothing in the app imports it.
import '../testing/dialog-shims';
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ExportCandidate, ExportPreviewPage, ExportProgress } from '../../../shared/therapyExport';
import { formatDay } from '../lib/locale';
import { failure, installFakeHearth, session } from '../testing/fake-hearth';
import Export from './Export.svelte';

type Screen = { name: string; within?: string; data?: string[]; show: () => Promise<void> };

const names = session.partners.map((p) => p.name);
const DAY = '2026-03-02';

const candidates: ExportCandidate[] = [
  { id: 'r1', kind: 'conflict', date: DAY, title: 'The car keys', author: 'a', marked: true },
  { id: 'c1', kind: 'checkin', date: DAY, title: 'Check-in, 2 March', author: 'both', marked: false },
  { id: 'i1', kind: 'insights', date: null, title: 'Connection ratings', author: 'both', marked: false },
];

/** The core's own words on the preview pages (the PDF's), shown as the core laid them out. */
const PAPER = {
  title: 'Notes for our therapist',
  line: 'From Sam and Alex',
  part: 'Reflections',
  item: 'Conflict reflection · 2 Mar 2026',
  itemTitle: 'The car keys',
  byline: 'Written by Sam',
  heading: 'What happened',
  field: 'What I felt',
  text: 'Hurt, and tired.',
  note: 'Partner B has not written their side yet.',
  sides: ['Sam', 'Alex'],
  row: 'How close we feel',
  cells: ['Closer', 'Closer than last month'],
  chart: 'Connection ratings',
  reading: 'Your ratings rose from 6 to 7 since January 2026.',
  yLabel: 'Rating',
  categories: ['Jan', 'Feb'],
  contents: '2 Mar 2026',
};

const pages: ExportPreviewPage[] = [
  { number: 1, blocks: [{ type: 'title', title: PAPER.title, lines: [PAPER.line] }] },
  {
    number: 2,
    blocks: [
      { type: 'contents', entries: [{ level: 1, title: PAPER.part, date: '', page: 3 }, { level: 2, title: PAPER.itemTitle, date: PAPER.contents, page: 3 }] },
      { type: 'section', title: PAPER.part },
      { type: 'item', kind: 'Conflict reflection', date: '2 Mar 2026', title: PAPER.itemTitle, byline: PAPER.byline },
      { type: 'heading', text: PAPER.heading },
      { type: 'field', label: PAPER.field, text: PAPER.text, continued: true },
      { type: 'note', text: PAPER.note },
      { type: 'sides', headings: PAPER.sides, rows: [{ label: PAPER.row, cells: PAPER.cells, continued: true }] },
      {
        type: 'chart',
        title: PAPER.chart,
        reading: PAPER.reading,
        chart: { type: 'line', categories: PAPER.categories, series: [{ name: 'Sam', values: [6, 7] }, { name: 'Alex', values: [6, null] }], yMin: 0, yMax: 10, yLabel: PAPER.yLabel },
      },
    ],
  },
];

const paperData = [
  PAPER.title,
  PAPER.line,
  PAPER.part,
  PAPER.item,
  PAPER.itemTitle,
  PAPER.byline,
  PAPER.heading,
  PAPER.field,
  PAPER.text,
  PAPER.note,
  PAPER.row,
  ...PAPER.cells,
  PAPER.chart,
  PAPER.reading,
  PAPER.yLabel,
  ...PAPER.categories,
  PAPER.contents,
];
const data = [...names, ...candidates.map((c) => c.title), formatDay(DAY), ...paperData];

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Export screen with these answers from the core, once its checklist and preview have come. */
async function showExport(over: Record<string, (arg: unknown) => unknown> = {}) {
  installFakeHearth({
    'therapyExport.candidates': () => candidates,
    'therapyExport.preview': () => ({ pages, items: candidates.length }),
    'therapyExport.progress': (): ExportProgress => ({ running: false, phase: 'idle', done: 0, total: 0 }),
    'therapyExport.cancel': () => undefined,
    ...over,
  });
  render(Export, { session });
  await settle(400); // the checklist and the preview wait for typing to settle
  return userEvent.setup();
}

const button = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const saveButton = () => button('section[aria-labelledby="export-save"] .btn-primary');

/** Markdown chosen, Save pressed and, in the dialog, "Save without encryption". */
async function saveMarkdown(user: ReturnType<typeof userEvent.setup>, confirm = true) {
  await user.click(button('input[name="export-format"][value="markdown"]'));
  await user.click(saveButton());
  if (confirm) await user.click(button('dialog .btn-primary'));
}

export const THERAPY_EXPORT_CONVERTED: Screen[] = [
  {
    name: 'Export: choosing, the checklist, the title page, a password too easy to guess',
    data,
    show: async () => {
      const user = await showExport();
      await user.type(button('#export-password-new'), 'password');
    },
  },
  {
    name: 'Export: the inner pages of the preview (contents, continued answers, both sides, a chart)',
    data,
    show: async () => {
      const user = await showExport();
      await user.click(document.querySelectorAll<HTMLElement>('section[aria-labelledby="export-preview"] button')[1]!);
    },
  },
  {
    name: 'Export: nothing matches, the preview being prepared, a range that ends before it starts',
    data,
    show: async () => {
      const user = await showExport({ 'therapyExport.candidates': () => [], 'therapyExport.preview': () => new Promise(() => {}) });
      await user.type(button('#export-from'), '2026-03-10');
      await user.type(button('#export-to'), '2026-03-01');
    },
  },
  {
    name: 'Export: Markdown, asking before saving without encryption',
    data,
    show: async () => {
      await saveMarkdown(await showExport(), false);
    },
  },
  {
    name: 'Export: laying out the pages while saving',
    data,
    show: async () => {
      const user = await showExport({
        'therapyExport.save': () => settle(700).then(() => ({ saved: false })),
        'therapyExport.progress': (): ExportProgress => ({ running: true, phase: 'laying-out', done: 2, total: 5 }),
      });
      await saveMarkdown(user);
      await settle(300);
    },
  },
  {
    name: 'Export: waiting for a place to save, then writing',
    data,
    show: async () => {
      const user = await showExport({
        'therapyExport.save': () => settle(700).then(() => ({ saved: false })),
        'therapyExport.progress': (): ExportProgress => ({ running: false, phase: 'idle', done: 0, total: 0 }),
      });
      await saveMarkdown(user);
    },
  },
  {
    name: 'Export: encrypting a protected PDF',
    data,
    show: async () => {
      const user = await showExport({
        'therapyExport.save': () => settle(700).then(() => ({ saved: false })),
        'therapyExport.progress': (): ExportProgress => ({ running: true, phase: 'writing', done: 5, total: 5 }),
      });
      await user.type(button('#export-password-new'), 'lantern orbit velvet quarry');
      await user.type(button('#export-password-confirm'), 'lantern orbit velvet quarry');
      await user.click(saveButton());
      await settle(300);
    },
  },
  {
    name: 'Export: saved',
    data: [...data, '/home/us/Documents/Hearth notes 2026-03-02.md'],
    show: async () => {
      await saveMarkdown(await showExport({ 'therapyExport.save': () => ({ saved: true, path: '/home/us/Documents/Hearth notes 2026-03-02.md' }) }));
    },
  },
  {
    name: 'Export: saving failed, nothing ticked',
    data,
    show: async () => {
      const user = await showExport({ 'therapyExport.save': () => failure('IO', 'Hearth cannot write in that folder. Choose another place to save the export.') });
      await saveMarkdown(user);
      await user.click(document.querySelectorAll<HTMLElement>('section[aria-labelledby="export-items"] button')[1]!); // leave all out
    },
  },
];
