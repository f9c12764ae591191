import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ExportSelection } from '../../src/shared/therapyExport';
import { newCore, newVault, TestClock, tempDir } from './helpers';

/**
 * The therapy export in the language Hearth speaks: with Settings › Language on German, the document's own words
 * (title page, contents, headings, labels, the overview, the check-in's questions, the words for feelings, needs,
 * patterns and decisions, days, page numbers, the save dialog) are German; what the couple wrote stays as written.
 */

type Vault = Awaited<ReturnType<typeof newVault>>;
const DAY = 86_400_000;
const ALL = ['timeline', 'conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights'] as const;
const everything: ExportSelection = { kinds: [...ALL] };

async function seeded(): Promise<Vault> {
  const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-03-02T10:00:00Z')) }));
  const c = v.core;
  const hard = await c.timeline.create({ kind: 'hard_moment', title: 'Dinner went quiet', body: 'Phones out at the table.', startDate: '2026-03-02', author: 'a', valence: -1 });
  await c.reflections.create({
    type: 'conflict',
    title: 'Phones at dinner',
    author: 'a',
    eventId: hard.id,
    answers: {
      observation: 'You looked at your phone while I talked.',
      feelings: [{ feeling: 'hurt', intensity: 4 }],
      needs: ['understanding', 'closeness'],
      horsemen: ['criticism', 'stonewalling'],
      barriers: ['past_wounds'],
      storyBelief: 80,
      request: 'Could we keep phones in the hall during dinner?',
    },
  });
  v.clock.advance(DAY);
  const aftermath = await c.reflections.create({ type: 'aftermath', title: 'The argument about the holidays' });
  await c.reflections.saveSide({ id: aftermath.id, partner: 'a', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'frustrated', intensity: 3 }], iCanDo: 'Ask earlier.' } });
  await c.reflections.saveSide({ id: aftermath.id, partner: 'b', expectedVersion: 1, done: true, side: { feelings: [{ feeling: 'overwhelmed', intensity: 5 }], myReality: 'I felt rushed.' } });
  v.clock.advance(DAY);
  const forgiveness = await c.reflections.create({
    type: 'forgiveness',
    title: 'The missed birthday',
    author: 'b',
    answers: { hurt: 'You forgot, and I waited all evening.', decision: 'working_on_it', commitment: 'I will not bring it up in a fight.', commitmentOn: '2026-03-10' },
  });
  await c.reflections.addCheckBack({ id: forgiveness.id, decision: 'forgiven', note: '', date: '2026-03-20' });
  v.clock.advance(DAY);
  for (const [a, b] of [
    [6, 7],
    [8, 8],
  ] as const) {
    const checkIn = await c.checkins.start({ withAppreciations: false });
    await c.checkins.answer({ id: checkIn.id, partner: 'a', rating: a, answers: { connection: 'Close again.', closer: 'More walks.', highlight: '', distance: '' } });
    await c.checkins.submit({ id: checkIn.id, partner: 'a' });
    await c.checkins.answer({ id: checkIn.id, partner: 'b', rating: b, answers: { connection: 'Steady.', closer: '', highlight: '', distance: '' } });
    await c.checkins.submit({ id: checkIn.id, partner: 'b' });
    v.clock.advance(7 * DAY);
  }
  const session = await c.appreciations.startSession({ firstTurn: 'a' });
  await c.appreciations.add({ sessionId: session.id, from: 'a', text: 'You made tea when I came home tired.' });
  await c.appreciations.add({ sessionId: session.id, from: 'b', text: 'You listened to the whole story about work.' });
  await c.appreciations.finish({ sessionId: session.id });
  await c.journal.write({ author: 'both', promptId: 'shared-dream', body: 'A small house near the sea.', date: '2026-03-06' });
  await c.journal.write({ author: 'a', promptId: null, body: 'A quiet evening.', date: '2026-03-07' });
  await c.loveLanguages.set({ partner: 'a', primary: 'time', secondary: 'touch', givesPrimary: 'acts', givesSecondary: null });
  await c.loveLanguages.set({ partner: 'b', primary: 'words', secondary: null });
  return v;
}

/** Saves the export, and what the save dialog was asked to show. */
async function save(v: Vault, format: 'pdf' | 'markdown', includeNames = true) {
  const dialogs: { title: string; defaultName: string; filters: { name: string }[] }[] = [];
  const choose = v.platform.chooseSavePath.bind(v.platform);
  v.platform.chooseSavePath = async (options) => {
    dialogs.push(options as (typeof dialogs)[number]);
    return choose(options);
  };
  const path = join(tempDir('hearth-therapy-de-'), format === 'pdf' ? 'export.pdf' : 'export.md');
  v.platform.nextSavePath = path;
  const result = await v.core.therapyExport.save({ selection: everything, format, includeNames });
  expect(result).toMatchObject({ saved: true, path });
  return { bytes: readFileSync(path), dialog: dialogs[0]! };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** pdf.js may split a line into runs; compare without spaces. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('therapy export in German', () => {
  it('writes the Markdown in German: title page, overview, worksheets, words for stored ids and days; what was written stays', async () => {
    const v = await seeded();
    await v.core.language.set({ chosen: 'de' });
    const { bytes, dialog } = await save(v, 'markdown');
    const md = bytes.toString('utf8');
    // To look at by eye, beside the English samples of therapy-export.test.ts.
    mkdirSync('test-results/screens', { recursive: true });
    writeFileSync('test-results/screens/export-german.md', md);
    expect(dialog.title).toBe('Die Markdown-Datei speichern (nicht verschlüsselt)');
    expect(dialog.defaultName).toMatch(/^Hearth-Notizen \d{4}-\d\d-\d\d\.md$/);
    expect(dialog.filters[0]!.name).toBe('Markdown');

    expect(md).toMatch(/^# Reflexionen für die Therapie\n/);
    expect(md).toContain('Sam und Alex');
    expect(md).toContain('Alles aus unserem Tagebuch');
    expect(md).toMatch(/Exportiert am \d+\. \S+ 2026/);
    expect(md).toContain('Dieses Dokument ist privat.');
    // The overview, for the therapist.
    expect(md).toContain('## Für die Therapie');
    expect(md).toContain('Gewaltfreie Kommunikation (Beobachtung, Gefühle, Bedürfnisse, Bitte)');
    expect(md).toContain('Worthingtons REACH-Modell der Vergebung');
    expect(md).toContain('Kritik — in 1 Reflexion');
    expect(md).toContain('Mauern — in 1 Reflexion');
    expect(md).toContain('alte Wunden, die berührt wurden — in 1 Reflexion');
    expect(md).toContain('verletzt — in 1 Reflexion');
    expect(md).toContain('Verständnis — in 1 Reflexion');
    expect(md).toContain('2 Gespräche vom');
    expect(md).toContain('Zeit zu zweit und Körperliche Nähe');
    expect(md).toContain('Worte der Anerkennung');
    expect(md).toContain('Sam hat gebeten („Phones at dinner“): Could we keep phones in the hall during dinner?');
    expect(md).toContain('Sam will versuchen („The argument about the holidays“): Ask earlier.');
    // The sections and their worksheets.
    expect(md).toContain('## Reflexionen über Konflikte');
    expect(md).toContain('**Beobachtung — was passiert ist**');
    expect(md).toContain('verletzt (stark)');
    expect(md).toContain('- Nähe');
    expect(md).toContain('Kritik — eine Beschwerde, aus der ein Urteil darüber wurde, wie jemand ist. Gegenmittel: Ein sanfter Gesprächsanfang.');
    expect(md).toContain('Mauern — dichtmachen oder verstummen. Gegenmittel: Eine Pause zum Beruhigen, dann zurückkommen.');
    expect(md).toContain('- Alte Wunden, die berührt wurden');
    expect(md).toContain('80 von 100');
    expect(md).toContain('In Arbeit · zu „Dinner went quiet“ (2. März 2026)');
    expect(md).toContain('Begonnen am 2. März 2026');
    expect(md).toContain('#### 1\\. Gefühle');
    expect(md).toContain('überfordert (sehr stark)');
    expect(md).toContain('Seite von Sam: fertig, zuletzt gespeichert am 3. März 2026');
    expect(md).toContain('**Entscheidung — wo ich jetzt stehe**\n\nVergeben'); // the check-back's
    expect(md).toContain('**Mein Vorsatz, 10. März 2026**');
    expect(md).toContain('**20\\. März 2026 · Vergeben**\n\n(keine Notiz)');
    expect(md).toContain('| 5\\. März 2026 | 6 | 7 |');
    expect(md).toContain('## Gespräche');
    expect(md).toContain('### Gespräch vom');
    expect(md).toContain('**Wie geht es dir in letzter Zeit mit uns beiden?**');
    expect(md).toContain('**Wie verbunden ich mich fühle, von 1 bis 10**');
    expect(md).toContain('Beantwortet von Sam und Alex');
    expect(md).toContain('### 2 Wertschätzungen');
    expect(md).toContain('**Sam schätzt an Alex, dass …**');
    expect(md).toContain('Welchen Traum für unsere Zukunft teilen wir?');
    expect(md).toContain('Gedanken zum Tag');
    expect(md).toContain('Schwerer Moment · fühlte sich schwer an');
    expect(md).toContain('Geschrieben von Sam');
    // What the couple wrote is never translated.
    expect(md).toContain('You looked at your phone while I talked.');
    expect(md).toContain('A small house near the sea.');
    // No English of the document's own is left.
    for (const english of ['For the therapist', 'Reflections to bring', 'Written by', 'Answered by', 'Observation —', 'Antidote:', 'hurt (', 'Begun ', 'Daily reflection', 'No answer'])
      expect(md, english).not.toContain(english);
  });

  it('lays out the PDF and its preview in German: contents, headings, labels, days and page numbers', async () => {
    const v = await seeded();
    await v.core.language.set({ chosen: 'de' });
    const preview = await v.core.therapyExport.preview({ selection: everything, includeNames: false });
    const blocks = preview.pages.flatMap((p) => p.blocks);
    expect(blocks[0]).toMatchObject({ type: 'title', title: 'Reflexionen für die Therapie', lines: ['Alles aus unserem Tagebuch', expect.stringMatching(/^Exportiert am /)] });
    expect(blocks.some((b) => b.type === 'section' && b.title === 'Für die Therapie')).toBe(true);
    expect(blocks.some((b) => b.type === 'item' && b.kind === 'Reflexion über einen Konflikt' && b.date === '2. März 2026' && b.byline === 'Geschrieben von Person A')).toBe(true);
    expect(blocks.some((b) => b.type === 'sides' && b.headings.join() === 'Person A,Person B')).toBe(true);
    expect(blocks.some((b) => b.type === 'chart' && b.title === 'Wie verbunden wir uns bei jedem Gespräch gefühlt haben' && b.chart.yLabel === 'Bewertung (1–10)')).toBe(true);

    const { bytes, dialog } = await save(v, 'pdf', false);
    writeFileSync('test-results/screens/export-german.pdf', bytes);
    expect(dialog.title).toBe('Das PDF speichern (nicht geschützt)');
    expect(dialog.filters[0]!.name).toBe('PDF-Dokument');
    const text = squash(await pdfText(bytes));
    for (const german of [
      'Reflexionen für die Therapie',
      'Dieses Dokument ist privat.',
      'Inhalt',
      'Reflexionen über Konflikte',
      'Nach schwierigen Momenten',
      'Reflexionen über Vergebung',
      'Runden der Wertschätzung',
      'Tagebucheinträge',
      'Momente der Zeitleiste',
      'Diagramme aus den Einblicken',
      '2. MÄRZ 2026',
      'Beobachtung — was passiert ist',
      'Kritik — in 1 Reflexion',
      'Wie geht es dir in letzter Zeit mit uns beiden?',
      'Spürt Liebe am meisten durch',
      'Seite 2 von',
      'Geführt',
    ])
      expect(text, german).toContain(squash(german));
    for (const english of ['Contents', 'Page 2 of', 'For the therapist', 'Observation', 'How do you feel about', 'Partner A']) expect(text, english).not.toContain(squash(english));
  });

  it('speaks English again when English is chosen, with the checklist in the same language', async () => {
    const v = await seeded();
    await v.core.language.set({ chosen: 'de' });
    const german = await v.core.therapyExport.candidates({ kinds: ['checkin', 'appreciation', 'journal', 'insights'] });
    expect(german.map((c) => c.title)).toEqual(
      expect.arrayContaining([
        'Gespräch vom 5. März 2026',
        '2 Wertschätzungen',
        'Welchen Traum für unsere Zukunft teilen wir?',
        'Gedanken zum Tag',
        'Wie verbunden wir uns bei jedem Gespräch gefühlt haben',
      ]),
    );

    await v.core.language.set({ chosen: 'en' });
    const english = await v.core.therapyExport.candidates({ kinds: ['checkin', 'appreciation', 'journal', 'insights'] });
    expect(english.map((c) => c.title)).toEqual(
      expect.arrayContaining(['Check-in of 5 March 2026', '2 appreciations', 'What is a dream for our future that we share?', 'Daily reflection', 'How connected we felt at each check-in']),
    );
    const { bytes, dialog } = await save(v, 'markdown');
    const md = bytes.toString('utf8');
    writeFileSync('test-results/screens/export-english.md', md);
    expect(dialog).toMatchObject({ title: 'Save the Markdown file (not encrypted)', defaultName: expect.stringMatching(/^Hearth notes /) });
    expect(md).toMatch(/^# Reflections to bring to therapy\n/);
    expect(md).toContain('criticism — in 1 reflection');
    expect(md).toContain('old wounds that were touched — in 1 reflection');
    expect(md).toContain('Criticism — a complaint that became about who someone is. Antidote: A gentle start-up.');
    expect(md).toContain('hurt (strongly)');
    expect(md).toContain('In progress · about “Dinner went quiet” (2 March 2026)');
    expect(md).toContain('**Decision — where I am now**\n\nForgiven');
    expect(md).toContain('Hard moment · felt hard');
    expect(md).toContain('**Sam appreciates Alex because…**');
    expect(md).not.toMatch(/Gespräch|Reflexion|Wertschätzung/);
  });
});
