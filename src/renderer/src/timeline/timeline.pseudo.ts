// Test support only (i18n/pseudo.test.ts): the Timeline's screens and dialogs, On this day, the draft offer and the
// search dialog, rendered for the pseudo-locale. Nothing in the app imports it.
import '../testing/dialog-shims';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { SearchResults } from '../../../shared/search';
import type { EventSummary, EventVersion, TimelineEvent } from '../../../shared/timeline';
import EntryDrafts from './EntryDrafts.svelte';
import EventEditor from './EventEditor.svelte';
import EventView from './EventView.svelte';
import { authorLabel, formatEventDay, formatMonth, formatSpan, localToday, yearsAgo } from './format';
import LinkPicker from './LinkPicker.svelte';
import OnThisDay from './OnThisDay.svelte';
import PhotoDialog from './PhotoDialog.svelte';
import { TimelineSection } from './timeline.svelte';
import TimelineList from './TimelineList.svelte';
import Trash from './Trash.svelte';
import timelineEn from '../../../shared/i18n/catalogues/timeline/en';
import searchEn from '../../../shared/i18n/catalogues/search/en';
import draftsEn from '../../../shared/i18n/catalogues/drafts/en';
import { t } from '../i18n/i18n.svelte';
import { shortcut } from '../lib/keys';
import SearchDialog from '../search/SearchDialog.svelte';
import { failure, installFakeHearth, session } from '../testing/fake-hearth';
import { pseudoMessage } from '../testing/pseudo-locale';

type Screen = { name: string; within?: string; data?: string[]; show: () => Promise<void> };

const names = session.partners.map((p) => p.name);
const both = authorLabel(session.partners, 'both');
const ID = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
const OTHER = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const THIRD = '9b1d3c5e-2a4f-4e6b-8c7d-0e1f2a3b4c5d';
const PIXEL = 'data:image/webp;base64,UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==';
const SAVED_AT = '2026-03-06T19:00:00.000Z';

/** A message of the pseudo-locale as shown, from its English and its values. */
const pseudo = (english: string, values: Record<string, string> = {}) =>
  Object.entries(values).reduce((text, [key, value]) => text.replace(`{{${key}}}`, value), pseudoMessage(english));
/** A button whose name holds that message. */
const named = (english: string, values: Record<string, string> = {}) => (name: string) => name.includes(pseudo(english, values));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The file input of the editor's photos, once the editor has opened. */
const fileInput = () =>
  waitFor(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('The editor has not opened yet.');
    return input;
  });

// jsdom lays nothing out: the search dialog keeps its chosen hit in view with scrollIntoView.
Element.prototype.scrollIntoView ??= () => {};

const picnic: EventSummary = {
  id: ID, kind: 'memory', title: 'Picnic by the river', excerpt: 'Under the willow until dark.',
  startDate: '2021-06-12', endDate: null, author: 'both', valence: 2, tags: ['summer', 'outdoors'], photoCount: 2, cover: PIXEL,
};
const argument: EventSummary = {
  id: OTHER, kind: 'hard_moment', title: 'The argument about money', excerpt: '',
  startDate: '2021-02-11', endDate: '2021-02-12', author: 'a', valence: -1, tags: [], photoCount: 1, cover: null,
};
const listData = [
  ...names, both, shortcut('N'), picnic.title, picnic.excerpt, argument.title, '#summer', '#outdoors',
  formatSpan(picnic.startDate, null), formatSpan(argument.startDate, argument.endDate), formatMonth(6), formatMonth(2),
];
const listFakes = (items: EventSummary[] = [picnic, argument]) => ({
  'timeline.years': () => [{ year: 2021, count: 2 }, { year: 2019, count: 1 }],
  'timeline.tags': () => [{ tag: 'summer', count: 1 }, { tag: 'money', count: 3 }],
  'timeline.list': () => ({ items, next: null }),
  'drafts.list': () => [],
});

const event: TimelineEvent = {
  id: ID, kind: 'memory', title: 'Picnic by the river', body: 'We found the quiet spot under the willow and stayed until dark.',
  startDate: '2021-06-12', endDate: '2021-06-13', author: 'both', valence: 2, tags: ['summer'], version: 2,
  createdAt: '2021-06-12T10:00:00.000Z', updatedAt: '2021-06-14T10:00:00.000Z', deletedAt: null,
  photos: [
    { id: 'p1', width: 800, height: 600, thumbnail: PIXEL, caption: 'The willow' },
    { id: 'p2', width: 800, height: 600, thumbnail: PIXEL, caption: '' },
  ],
  links: [{ id: OTHER, kind: 'repair', title: 'Talking it through', startDate: '2021-06-20' }],
  reflections: [
    { id: THIRD, type: 'conflict', title: 'Who packs the car', status: 'resolved', link: 'repair' },
    { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e', type: 'aftermath', title: 'Late home', status: 'draft', link: 'moment' },
  ],
};
const versions: EventVersion[] = [
  { version: 1, savedAt: '2021-06-12T10:00:00.000Z', title: 'Picnic', body: 'Under the willow.', kind: 'memory', startDate: '2021-06-12', endDate: null, author: 'both', valence: 1, tags: [] },
];

const hits = (title: string, date: string): SearchResults['groups'][number]['hits'][number] => ({
  id: OTHER,
  title: [{ text: title, match: false }, { text: 'willow', match: true }],
  snippet: [{ text: 'We sat under the', match: false }, { text: 'willow', match: true }, { text: 'until dark.', match: false }],
  date,
});

export const TIMELINE_CONVERTED: Screen[] = [
  {
    name: 'Timeline: the list, with entries, a notice to undo and an unsaved entry offered',
    data: listData,
    show: async () => {
      installFakeHearth({
        ...listFakes(),
        'drafts.list': () => [{ key: 'timeline:new', savedAt: SAVED_AT }],
        'drafts.get': () => ({ key: 'timeline:new', content: JSON.stringify({ title: 'Half a thought' }), baseVersion: null, savedAt: SAVED_AT }),
      });
      const section = new TimelineSection();
      section.notice = { text: t('timeline.inTrash', { title: 'Lisbon, finally' }), undo: async () => {} };
      render(TimelineList, { section, partners: session.partners });
      await screen.findAllByRole('article');
    },
  },
  {
    name: 'Timeline: empty, the first visit, with milestones to start from',
    show: async () => {
      installFakeHearth({ ...listFakes([]), 'timeline.years': () => [] });
      render(TimelineList, { section: new TimelineSection(), partners: session.partners });
      await screen.findByRole('button', { name: named(timelineEn.addFirst) });
    },
  },
  {
    name: 'Timeline: filtered to nothing, the filters open, a date range that ends before it starts',
    data: listData,
    show: async () => {
      installFakeHearth(listFakes([]));
      const section = new TimelineSection();
      const filters = section.list.filters;
      filters.kinds = ['memory', 'repair'];
      filters.tag = 'money';
      filters.partner = 'both';
      filters.from = '2021-05-01';
      filters.to = '2021-04-01';
      filters.feelingMin = -1;
      render(TimelineList, { section, partners: session.partners });
      await screen.findByText(pseudo(timelineEn.noMatch));
      await userEvent.setup().click(document.querySelector<HTMLElement>('[aria-controls="timeline-filters"]')!);
    },
  },
  {
    name: 'Timeline: started at a year, oldest first, everything shown',
    data: listData,
    show: async () => {
      installFakeHearth(listFakes([argument]));
      const section = new TimelineSection();
      section.list.order = 'oldest';
      section.stale = false;
      render(TimelineList, { section, partners: session.partners });
      await section.list.reload(2021);
      await screen.findAllByRole('article');
    },
  },
  {
    name: 'Timeline: an entry with photos, links, reflections and its earlier versions, one open, a photo not added',
    data: [
      event.title, event.body, '#summer', 'The willow', 'Talking it through', formatEventDay('2021-06-20'), 'Who packs the car', 'Late home',
      formatSpan(event.startDate, event.endDate, 'long'), versions[0]!.title, versions[0]!.body,
    ],
    show: async () => {
      installFakeHearth({ 'timeline.get': () => event, 'timeline.history': () => versions });
      render(EventView, { id: ID, section: new TimelineSection(), partners: session.partners, problems: ['That file is not a photo.'] });
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: named(timelineEn.earlierVersions) }));
      await user.click(await screen.findByText(pseudo(timelineEn.viewVersion)));
      await screen.findByRole('dialog');
    },
  },
  {
    name: 'Timeline: an entry with nothing beyond its title, no links, never changed',
    data: ['Our first date', formatSpan('2015-05-01', null, 'long')],
    show: async () => {
      installFakeHearth({
        'timeline.get': () => ({ ...event, title: 'Our first date', body: '', startDate: '2015-05-01', endDate: null, tags: [], photos: [], links: [], reflections: [] }),
        'timeline.history': () => [],
      });
      render(EventView, { id: ID, section: new TimelineSection(), partners: session.partners });
      await userEvent.setup().click(await screen.findByRole('button', { name: named(timelineEn.earlierVersions) }));
      await screen.findByText(pseudo(timelineEn.historyNone));
    },
  },
  {
    name: 'Timeline: a new entry, its draft restored, photos to add and what is missing',
    data: [...names, both, shortcut('S'), '#summer', 'river.jpg'],
    show: async () => {
      const form = { title: '', body: 'Half a thought', span: true, startDate: '2021-06-12', endDate: '2021-06-01', tags: ['summer'] };
      installFakeHearth({
        'drafts.get': () => ({ key: 'timeline:new', content: JSON.stringify(form), baseVersion: null, savedAt: SAVED_AT }),
        'drafts.save': (arg) => ({ ...(arg as object), savedAt: SAVED_AT }),
        'timeline.tags': () => [],
      });
      render(EventEditor, { id: null, partners: session.partners, onSaved: () => {}, onClose: () => {} });
      const user = userEvent.setup();
      const input = await fileInput();
      await user.upload(input, new File([new Uint8Array([1, 2, 3])], 'river.jpg', { type: 'image/jpeg' }));
      await user.click(screen.getByRole('button', { name: named(timelineEn.save) }));
      await screen.findByText(pseudo(timelineEn.titleMissing));
    },
  },
  {
    name: 'Timeline: editing an entry with photos, beside the version saved since, a photo refused',
    data: [...names, both, shortcut('S'), '#summer', event.title, event.body, formatSpan(event.startDate, event.endDate)],
    show: async () => {
      installFakeHearth({
        'timeline.get': () => event,
        'timeline.tags': () => [{ tag: 'summer', count: 1 }],
        'drafts.get': () => ({ key: `timeline:${ID}`, content: JSON.stringify({ ...event, span: true, title: 'Picnic, my way' }), baseVersion: 1, savedAt: SAVED_AT }),
        'timeline.addPhoto': () => failure('VALIDATION', 'Hearth can only keep JPEG, PNG, WebP or HEIC photos.'),
        'drafts.save': (arg) => ({ ...(arg as object), savedAt: SAVED_AT }),
      });
      render(EventEditor, { id: ID, partners: session.partners, onSaved: () => {}, onClose: () => {} });
      const input = await fileInput();
      await userEvent.setup({ applyAccept: false }).upload(input, new File([new Uint8Array([1, 2, 3])], 'notes.txt', { type: 'text/plain' }));
      await screen.findAllByRole('alert');
    },
  },
  {
    name: 'Timeline: editing an entry, saved again elsewhere before this save',
    data: [...names, both, shortcut('S'), '#summer'],
    show: async () => {
      installFakeHearth({
        'timeline.get': () => ({ ...event, photos: [] }),
        'timeline.tags': () => [],
        'drafts.get': () => null,
        'drafts.save': (arg) => ({ ...(arg as object), savedAt: SAVED_AT }),
        'timeline.update': () => failure('CONFLICT', 'Saved again elsewhere.'),
      });
      render(EventEditor, { id: ID, partners: session.partners, onSaved: () => {}, onClose: () => {} });
      const user = userEvent.setup();
      await waitFor(() => expect(screen.getByRole('button', { name: named(timelineEn.save) })).toBeEnabled());
      await user.click(screen.getByRole('button', { name: named(timelineEn.save) }));
      await screen.findByRole('button', { name: named(timelineEn.showSaved) });
    },
  },
  {
    name: 'Timeline: the Trash, one entry restored and one about to be deleted forever',
    data: ['Lisbon, finally', 'Thank you for the quiet Sunday', formatEventDay('2022-04-02'), formatEventDay('2024-06-09')],
    show: async () => {
      const lisbon = { id: ID, kind: 'quality_time' as const, title: 'Lisbon, finally', startDate: '2022-04-02', deletedAt: SAVED_AT, purgeAfter: '2026-04-05T19:00:00.000Z' };
      const sunday = { ...lisbon, id: OTHER, kind: 'appreciation' as const, title: 'Thank you for the quiet Sunday', startDate: '2024-06-09' };
      let restored = false;
      installFakeHearth({
        'timeline.trash': () => (restored ? [sunday] : [lisbon, sunday]),
        'timeline.restore': () => {
          restored = true;
          return { ...event, title: lisbon.title };
        },
      });
      render(Trash, { section: new TimelineSection() });
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: named(timelineEn.restoreLabel, { title: lisbon.title }) }));
      await screen.findByText(pseudo(timelineEn.restored, { title: lisbon.title }), { selector: '[aria-hidden="true"]' });
      await user.click(screen.getByRole('button', { name: named(timelineEn.deleteForeverLabel, { title: sunday.title }) }));
      await screen.findByRole('dialog');
    },
  },
  {
    name: 'Timeline: the Trash, empty',
    show: async () => {
      installFakeHearth({ 'timeline.trash': () => [] });
      render(Trash, { section: new TimelineSection() });
      await screen.findByText(pseudo(timelineEn.trashEmpty));
    },
  },
  {
    name: 'Home: on this day',
    data: [picnic.title, picnic.excerpt, yearsAgo('2021-01-01', localToday()), formatSpan(`2021${localToday().slice(4)}`, null)],
    show: async () => {
      installFakeHearth({ 'timeline.onThisDay': () => [{ ...picnic, startDate: `2021${localToday().slice(4)}` }] });
      render(OnThisDay, { onOpen: () => {} });
      await screen.findByRole('region');
    },
  },
  {
    name: 'Timeline: a photo full size, without a caption',
    show: async () => {
      installFakeHearth({ 'timeline.photo': () => ({ id: 'p2', dataUrl: PIXEL, width: 800, height: 600 }) });
      render(PhotoDialog, { photo: event.photos[1]!, onClose: () => {} });
      await screen.findByRole('img');
    },
  },
  {
    name: 'Timeline: linking to another entry, with matches',
    data: ['Picnic under the', 'willow', formatEventDay('2021-06-12')],
    show: async () => {
      installFakeHearth({ 'search.query': () => ({ groups: [{ kind: 'timeline', hits: [hits('Picnic under the', '2021-06-12')] }], total: 1 }) });
      render(LinkPicker, { open: true, exclude: [ID], onPick: async () => {}, onClose: () => {} });
      await userEvent.setup().type(screen.getByRole('searchbox'), 'willow');
      await screen.findByRole('list');
    },
  },
  {
    name: 'Timeline: linking to another entry, nothing matches',
    show: async () => {
      installFakeHearth({ 'search.query': () => ({ groups: [], total: 0 }) });
      render(LinkPicker, { open: true, exclude: [ID], onPick: async () => {}, onClose: () => {} });
      await userEvent.setup().type(screen.getByRole('searchbox'), 'zebra');
      await wait(300);
    },
  },
  {
    name: 'Drafts: two unsaved entries offered, one about to be discarded',
    show: async () => {
      const drafts = [
        { key: 'timeline:new', content: JSON.stringify({ title: 'Half a thought' }), baseVersion: null, savedAt: SAVED_AT },
        { key: `timeline:${ID}`, content: JSON.stringify({ title: '' }), baseVersion: 2, savedAt: SAVED_AT },
      ];
      installFakeHearth({
        'drafts.list': () => drafts.map(({ key, savedAt }) => ({ key, savedAt })),
        'drafts.get': (arg) => drafts.find((d) => d.key === (arg as { key: string }).key) ?? null,
      });
      render(EntryDrafts, { onContinue: () => {} });
      const discard = await screen.findAllByRole('button', { name: named(draftsEn.discard) });
      await userEvent.setup().click(discard[0]!);
    },
  },
];

export const SEARCH_CONVERTED: Screen[] = [
  {
    name: 'Search: before typing',
    show: async () => {
      installFakeHearth({});
      render(SearchDialog, { open: true, onClose: () => {}, onOpen: () => {} });
      await screen.findByRole('combobox');
    },
  },
  {
    name: 'Search: results in two groups',
    data: ['Picnic under the', 'willow', 'We sat under the', 'until dark.', 'Journal, the', formatEventDay('2021-06-12'), formatEventDay('2026-03-01')],
    show: async () => {
      installFakeHearth({
        'search.query': () => ({
          groups: [
            { kind: 'timeline', hits: [hits('Picnic under the', '2021-06-12')] },
            { kind: 'journal', hits: [{ ...hits('Journal, the', '2026-03-01'), id: THIRD }] },
          ],
          total: 2,
        }),
      });
      render(SearchDialog, { open: true, onClose: () => {}, onOpen: () => {} });
      await userEvent.setup().type(await screen.findByRole('combobox'), 'willow');
      await screen.findAllByRole('option');
      await wait(50);
    },
  },
  {
    name: 'Search: nothing matches',
    show: async () => {
      installFakeHearth({ 'search.query': () => ({ groups: [], total: 0 }) });
      render(SearchDialog, { open: true, onClose: () => {}, onOpen: () => {} });
      await userEvent.setup().type(await screen.findByRole('combobox'), 'zebra');
      await screen.findByText(pseudo(searchEn.nothing, { text: 'zebra' }));
    },
  },
];
