import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRef, type PDFArray } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../../src/core/therapyExport/export-service';
import { Fonts } from '../../src/core/therapyExport/fonts';
import type { ExportCandidate, ExportSelection } from '../../src/shared/therapyExport';
import { expectCode, newCore, newVault, TestClock, tempDir } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

const DAY = 86_400_000;
/** Accents, Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese and emoji in one answer. */
const WORLD = 'Café crème, über, mañana — Καλημέρα, Привет, שלום, مرحبا, 你好, こんにちは ❤️😊';
/** Korean Hangul, Hindi (Devanagari) and Thai: each drawn by a bundled font of its own, shaped by fontkit. */
const KOREAN = '우리의 첫 여행';
const HINDI = 'हमारी पहली यात्रा';
const THAI = 'การเดินทางครั้งแรกของเรา';
const HIDDEN = 'Hidden-canary-not-yet-revealed';
const REVEALED = 'Revealed-after-both-finished';
const ALL_KINDS = ['timeline', 'conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights'] as const;

/** A vault with some of everything, spread over March 2026; the open check-in holds a hidden answer. */
async function seeded(): Promise<Vault & { ids: Record<string, string> }> {
  const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-03-02T10:00:00Z')) }));
  const c = v.core;
  const ids: Record<string, string> = {};
  ids.old = (await c.timeline.create({ kind: 'memory', title: 'The first trip, long ago', startDate: '2025-06-01', author: 'both' })).id;
  ids.hard = (
    await c.timeline.create({ kind: 'hard_moment', title: 'Dinner went quiet', body: 'Phones out at the table.', startDate: '2026-03-03', author: 'a', valence: -1 })
  ).id;
  ids.bMoment = (await c.timeline.create({ kind: 'memory', title: 'Alex’s walk by the river', startDate: '2026-03-04', author: 'b', valence: 2 })).id;

  const conflict = await c.reflections.create({
    type: 'conflict',
    title: 'Phones at dinner',
    author: 'a',
    eventId: ids.hard,
    forTherapy: true,
    answers: {
      observation: `You looked at your phone while I talked. ${WORLD}`,
      feelings: [{ feeling: 'hurt', intensity: 4 }],
      needs: ['understanding', 'closeness'],
      story: 'That my day did not matter.',
      softStartup: 'I feel hurt about dinner, and I need closeness.',
      request: 'Could we keep phones in the hall during dinner?',
    },
  });
  ids.conflict = conflict.id;
  v.clock.advance(DAY);

  const aftermath = await c.reflections.create({ type: 'aftermath', title: 'The argument about the holidays' });
  ids.aftermath = aftermath.id;
  await c.reflections.saveSide({
    id: aftermath.id,
    partner: 'a',
    expectedVersion: 1,
    done: true,
    side: { feelings: [{ feeling: 'frustrated', intensity: 3 }], myReality: 'Sam-side: I felt we never plan together.', iCanDo: 'Ask earlier.' },
  });
  await c.reflections.saveSide({
    id: aftermath.id,
    partner: 'b',
    expectedVersion: 1,
    done: true,
    side: { feelings: [{ feeling: 'overwhelmed', intensity: 4 }], myReality: 'Alex-side: I felt rushed into a decision.', iCanDo: 'Say when I need time.' },
  });
  v.clock.advance(DAY);

  const forgiveness = await c.reflections.create({
    type: 'forgiveness',
    title: 'The missed birthday',
    author: 'b',
    answers: { hurt: 'You forgot, and I waited all evening.', decision: 'working_on_it' },
  });
  ids.forgiveness = forgiveness.id;
  await c.reflections.addCheckBack({ id: forgiveness.id, decision: 'forgiven', note: 'It feels lighter now.', date: '2026-03-20' });
  v.clock.advance(DAY);

  // A check-in where Sam first hid the answers: revealed once both finished, so it is exported.
  const done = await c.checkins.start({ withAppreciations: false });
  await c.checkins.answer({ id: done.id, partner: 'a', hidden: true, rating: 7, answers: { connection: REVEALED, closer: 'More walks.', highlight: '', distance: '' } });
  await c.checkins.submit({ id: done.id, partner: 'a' });
  await c.checkins.answer({ id: done.id, partner: 'b', rating: 8, answers: { connection: 'Close again.', closer: 'Cooking together.', highlight: 'Sunday breakfast.', distance: '' } });
  await c.checkins.submit({ id: done.id, partner: 'b' });
  ids.checkin = done.id;
  v.clock.advance(DAY);

  const session = await c.appreciations.startSession({ firstTurn: 'a' });
  await c.appreciations.add({ sessionId: session.id, from: 'a', text: 'You made tea when I came home tired.' });
  await c.appreciations.add({ sessionId: session.id, from: 'b', text: 'You listened to the whole story about work.' });
  await c.appreciations.finish({ sessionId: session.id });
  ids.appreciation = session.id;

  ids.journal = (await c.journal.write({ author: 'both', promptId: 'shared-dream', body: 'A small house near the sea, with a garden.', date: '2026-03-06' })).id;

  // Still open: Sam's answers are hidden from Alex, so they never leave the vault.
  const open = await c.checkins.start({ withAppreciations: false });
  await c.checkins.answer({ id: open.id, partner: 'a', hidden: true, rating: 3, answers: { connection: HIDDEN, closer: '', highlight: '', distance: HIDDEN } });
  await c.checkins.answer({ id: open.id, partner: 'b', rating: 6, answers: { connection: 'Alex open answer', closer: '', highlight: '', distance: '' } });
  ids.open = open.id;
  return { ...v, ids };
}

const everything = (over: Partial<ExportSelection> = {}): ExportSelection => ({ kinds: [...ALL_KINDS], ...over });

async function pdfText(bytes: Uint8Array, password?: string) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), password, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return { numPages: pages.length, pages, text: pages.join('\n') };
}

async function savePdf(v: Vault, selection: ExportSelection, options: { password?: string; includeNames?: boolean } = {}) {
  const path = join(tempDir('hearth-therapy-'), 'for-therapy.pdf');
  v.platform.nextSavePath = path;
  const result = await v.core.therapyExport.save({ selection, format: 'pdf', includeNames: options.includeNames ?? false, password: options.password });
  expect(result).toMatchObject({ saved: true, path });
  return { path, bytes: readFileSync(path), pages: result.pages! };
}

/** Every font the PDF uses, with whether its program is embedded. */
async function fontsOf(bytes: Uint8Array): Promise<{ name: string; embedded: boolean }[]> {
  const pdf = await PDFDocument.load(bytes);
  const fonts: { name: string; embedded: boolean }[] = [];
  const lookup = (value: unknown) => (value instanceof PDFRef ? pdf.context.lookup(value) : value);
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2')) continue; // checked through their Type0 parent
    let descriptorOwner = object;
    if (subtype === PDFName.of('Type0')) {
      const descendants = lookup(object.get(PDFName.of('DescendantFonts'))) as PDFArray;
      descriptorOwner = lookup(descendants.get(0)) as PDFDict;
    }
    const descriptor = lookup(descriptorOwner.get(PDFName.of('FontDescriptor'))) as PDFDict | undefined;
    const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
    fonts.push({ name: String(object.get(PDFName.of('BaseFont'))), embedded });
  }
  return fonts;
}

const STANDARD_14 = /Helvetica|Times|Courier|Symbol|ZapfDingbats/;

describe('therapy export: the checklist', () => {
  it('lists what matches range, kinds and partner; the open check-in with a hidden answer is never a candidate', async () => {
    const v = await seeded();
    const all = await v.core.therapyExport.candidates(everything());
    const kinds = new Set(all.map((c) => c.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['timeline', 'conflict', 'aftermath', 'forgiveness', 'checkin', 'appreciation', 'journal', 'insights']));
    expect(all.map((c) => c.id)).not.toContain(v.ids.open);
    expect(JSON.stringify(all)).not.toContain(HIDDEN);
    expect(all.find((c) => c.id === v.ids.conflict)).toMatchObject({ kind: 'conflict', title: 'Phones at dinner', author: 'a', marked: true, date: '2026-03-02' });

    const march = await v.core.therapyExport.candidates(everything({ from: '2026-03-01', to: '2026-03-31', kinds: ['timeline'] }));
    expect(march.map((c) => c.title)).toEqual(['Dinner went quiet', 'Alex’s walk by the river']);

    const sams = await v.core.therapyExport.candidates(everything({ who: 'a' }));
    const titles = (list: ExportCandidate[]) => list.map((c) => c.title);
    expect(titles(sams)).toContain('Phones at dinner');
    expect(titles(sams)).toContain('The first trip, long ago'); // written together
    expect(titles(sams)).not.toContain('Alex’s walk by the river');
    expect(titles(sams)).not.toContain('The missed birthday');
  });

  it('refuses a range that ends before it starts', async () => {
    const v = await seeded();
    await expectCode(v.core.therapyExport.candidates(everything({ from: '2026-04-01', to: '2026-03-01' })), 'VALIDATION');
  });
});

describe('therapy export: preview', () => {
  it('shows the same pages the PDF has, with the worksheet’s structure and no hidden answer', async () => {
    const v = await seeded();
    const preview = await v.core.therapyExport.preview({ selection: everything(), includeNames: true });
    const json = JSON.stringify(preview);
    expect(json).not.toContain(HIDDEN);
    expect(json).toContain(REVEALED);
    expect(preview.pages[0]!.blocks[0]).toMatchObject({ type: 'title', lines: expect.arrayContaining(['Sam and Alex']) });
    expect(preview.pages[1]!.blocks[0]).toMatchObject({ type: 'contents' });
    const sides = preview.pages.flatMap((p) => p.blocks).filter((b) => b.type === 'sides');
    expect(sides.some((b) => b.type === 'sides' && b.headings.join() === 'Sam,Alex')).toBe(true);
    expect(preview.pages.flatMap((p) => p.blocks).some((b) => b.type === 'chart')).toBe(true);

    const { pages } = await savePdf(v, everything(), { includeNames: true });
    expect(preview.pages).toHaveLength(pages);
  });
});

describe('therapy export: PDF', () => {
  it('reads back: title page, contents, structured fields in worksheet order, both sides, page numbers; no hidden answer', async () => {
    const v = await seeded();
    const { bytes, pages } = await savePdf(v, everything());
    const pdf = await pdfText(bytes);
    expect(pdf.numPages).toBe(pages);
    expect(pdf.numPages).toBeGreaterThanOrEqual(8);
    expect(pdf.pages[0]).toContain('Reflections to bring to therapy');
    expect(pdf.pages[0]).toContain('Exported on 6 March 2026');
    expect(pdf.pages[0]).not.toContain('Sam'); // names only when chosen
    expect(pdf.pages[1]).toContain('Contents');
    expect(pdf.pages[1]).toContain('Phones at dinner');
    pdf.pages.slice(1).forEach((page, i) => expect(page).toContain(`Page ${i + 2} of ${pdf.numPages}`));

    const conflictPage = pdf.pages.find((p) => p.includes('CONFLICT REFLECTION'))!;
    const order = ['Observation — what happened', 'Feelings', 'Needs', 'The story I told myself', 'Request'].map((label) => conflictPage.indexOf(label));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(conflictPage).toContain('hurt (strongly)');
    expect(conflictPage).toContain('Could we keep phones in the hall during dinner?');

    expect(pdf.text).toContain('Sam-side: I felt we never plan together.');
    expect(pdf.text).toContain('Alex-side: I felt rushed into a decision.');
    expect(pdf.text).toContain('Partner A');
    expect(pdf.text).toContain('It feels lighter now.');
    expect(pdf.text).toContain('Decision — where I am now');
    expect(pdf.text).toContain(REVEALED);
    expect(pdf.text).toContain('Cooking together.');
    expect(pdf.text).toContain('You made tea when I came home tired.');
    expect(pdf.text).toContain('A small house near the sea, with a garden.');
    expect(pdf.text).toContain('How connected we felt at each check-in');
    expect(pdf.text).not.toContain(HIDDEN);
    expect(pdf.text).not.toContain('Alex open answer');
  });

  it('prints accents, Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese and emoji with embedded fonts and no missing glyphs', async () => {
    const v = await seeded();
    const { bytes } = await savePdf(v, everything({ kinds: ['conflict'] }));
    const { text } = await pdfText(bytes);
    for (const word of ['Café crème', 'über', 'mañana', 'Καλημέρα', 'Привет', '你好', 'こんにちは', '❤', '😊']) expect(text).toContain(word);
    // Right-to-left words are drawn right to left; text extraction may give them in either order.
    expect(text.includes('שלום') || text.includes('םולש')).toBe(true);
    expect(/[\u0600-\u06FF\uFE70-\uFEFF]/.test(text)).toBe(true);

    const fonts = new Fonts(defaultResourcesDir());
    fonts.runs(WORLD, 'serif');
    expect([...fonts.missing]).toEqual([]);

    const used = await fontsOf(bytes);
    expect(used.length).toBeGreaterThanOrEqual(4);
    expect(used.filter((f) => !f.embedded)).toEqual([]);
    expect(used.filter((f) => STANDARD_14.test(f.name))).toEqual([]);
  });

  it('prints Korean, Hindi and Thai with their own embedded fonts and no missing glyphs, in labels and in what was written', async () => {
    const v = await seeded();
    // The title is set in the sans (Noto Sans has Devanagari), the body in the serif (which needs the Devanagari font).
    await v.core.timeline.create({ kind: 'memory', title: `${KOREAN} · ${HINDI} · ${THAI}`, body: `${KOREAN}\n${HINDI}\n${THAI}`, startDate: '2026-03-12', author: 'both' });
    const preview = await v.core.therapyExport.preview({ selection: everything({ kinds: ['timeline'] }), includeNames: false });
    const { bytes, pages } = await savePdf(v, everything({ kinds: ['timeline'] }));
    expect(preview.pages).toHaveLength(pages);
    for (const words of [KOREAN, HINDI, THAI]) expect(JSON.stringify(preview)).toContain(words);
    const { text } = await pdfText(bytes);
    for (const words of [KOREAN, HINDI, THAI]) expect(text).toContain(words);

    const fonts = new Fonts(defaultResourcesDir());
    expect(fonts.runs(HINDI, 'serif')).toEqual([{ font: 'devanagari', text: HINDI }]);
    expect(fonts.runs(HINDI, 'sansBold')).toEqual([{ font: 'sansBold', text: HINDI }]);
    expect(fonts.runs(`${KOREAN} ${THAI}`, 'serif').map((run) => run.font)).toEqual(['korean', 'thai']);
    expect(fonts.runs('ㅋㅋ 你好', 'sans').map((run) => run.font)).toEqual(['cjk']); // Chinese keeps its Chinese forms
    expect(fonts.runs(`${KOREAN} ${HINDI} ${THAI}`, 'serifItalic').map((run) => run.font)).toEqual(['korean', 'devanagari', 'thai']);
    // Thai SARA AM is split so its ring sits under the tone mark, as a Thai shaper would.
    expect(fonts.runs('น้ำ', 'serif')).toEqual([{ font: 'thai', text: 'น\u0E4D\u0E49\u0E32' }]);
    expect([...fonts.missing]).toEqual([]);

    const used = await fontsOf(bytes);
    const names = used.map((f) => f.name).join(' ');
    for (const font of ['NotoSansKR-Regular', 'NotoSansDevanagari-Regular', 'NotoSansThai-Regular', 'NotoSans-Bold']) expect(names).toContain(font);
    expect(used.filter((f) => !f.embedded)).toEqual([]);
    expect(used.filter((f) => STANDARD_14.test(f.name))).toEqual([]);
  });

  it('with a password: AES-256 (revision 6), refused without it or with a wrong one, read with it', async () => {
    const v = await seeded();
    const { bytes } = await savePdf(v, everything({ kinds: ['conflict', 'checkin'] }), { password: 'meadow lantern quietly' });
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    // AES-256 with the revision 6 handler of ISO 32000-2 (therapy-pdf-protection.test.ts reads it back with qpdf).
    expect(bytes.toString('latin1')).toMatch(/\/V 5\b/);
    expect(bytes.toString('latin1')).toMatch(/\/R 6\b/);
    expect(bytes.toString('latin1')).toMatch(/\/AESV3/);
    await expect(pdfText(bytes)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(pdfText(bytes, 'wrong password')).rejects.toMatchObject({ name: 'PasswordException' });
    const { text } = await pdfText(bytes, 'meadow lantern quietly');
    expect(text).toContain('Phones at dinner');
    expect(bytes.includes(Buffer.from('Phones at dinner'))).toBe(false);
  });

  it('honours the selection: range, kinds, partner and unticked items', async () => {
    const v = await seeded();
    const { bytes } = await savePdf(v, everything({ kinds: ['timeline', 'conflict', 'aftermath'], from: '2026-03-01', who: 'a', exclude: [v.ids.hard!] }), {
      includeNames: true,
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain('Phones at dinner');
    expect(text).toContain('Sam-side');
    expect(text).not.toContain('Alex-side'); // only Sam's side of the aftermath
    expect(text).not.toContain('Phones out at the table.'); // unticked
    expect(text).not.toContain('The first trip, long ago'); // before the range
    expect(text).not.toContain('Alex’s walk by the river'); // Alex's
    expect(text).not.toContain('The missed birthday'); // a kind not chosen
    expect(text).toContain('Entries by Sam');
  });
});

describe('therapy export: Markdown', () => {
  it('holds the same content as plain text, charts as tables, and no hidden answer', async () => {
    const v = await seeded();
    const path = join(tempDir('hearth-therapy-'), 'for-therapy.md');
    v.platform.nextSavePath = path;
    expect(await v.core.therapyExport.save({ selection: everything(), format: 'markdown', includeNames: true })).toEqual({ saved: true, path });
    const md = readFileSync(path, 'utf8');
    expect(md).toMatch(/^# Reflections to bring to therapy\n/);
    expect(md).toContain('## Conflict reflections');
    expect(md).toContain('### Phones at dinner');
    const order = ['**Observation — what happened**', '**Feelings**', '**Needs**', '**Request**'].map((l) => md.indexOf(l));
    expect(order.every((at) => at >= 0) && [...order].sort((x, y) => x - y).join() === order.join()).toBe(true);
    expect(md).toContain('*Sam:*');
    expect(md).toContain('*Alex:*');
    expect(md).toContain(WORLD.replace('—', '—'));
    expect(md).toMatch(/\| *\| Sam \| Alex \|/);
    expect(md).not.toContain(HIDDEN);
  });

  it('cannot carry a password', async () => {
    const v = await seeded();
    await expectCode(v.core.therapyExport.save({ selection: everything(), format: 'markdown', includeNames: false, password: 'anything at all' }), 'VALIDATION');
  });
});

describe('therapy export: writing', () => {
  it('writes nothing when the dialog is cancelled, the folder is gone, or the export is cancelled', async () => {
    const v = await seeded();
    v.platform.nextSavePath = null;
    expect(await v.core.therapyExport.save({ selection: everything(), format: 'pdf', includeNames: false })).toEqual({ saved: false });

    const gone = join(tempDir('hearth-therapy-'), 'missing', 'for-therapy.pdf');
    v.platform.nextSavePath = gone;
    await expectCode(v.core.therapyExport.save({ selection: everything(), format: 'pdf', includeNames: false }), 'IO');
    expect(existsSync(gone)).toBe(false);

    const dir = tempDir('hearth-therapy-');
    // Enough entries that laying them out takes many turns of the event loop.
    for (let i = 0; i < 40; i++) await v.core.timeline.create({ kind: 'memory', title: `Moment ${i}`, body: 'Words. '.repeat(200), startDate: '2026-03-10', author: 'both' });
    v.platform.nextSavePath = join(dir, 'cancelled.pdf');
    const saving = v.core.therapyExport.save({ selection: everything(), format: 'pdf', includeNames: false });
    // The save waits its turn behind the index upkeep the 40 saves queued; then it lays out over many turns.
    for (let i = 0; i < 2000 && !(await v.core.therapyExport.progress()).running; i++) await new Promise((r) => setTimeout(r, 5));
    const progress = await v.core.therapyExport.progress();
    expect(progress).toMatchObject({ running: true, phase: 'laying-out' });
    expect(progress.total).toBeGreaterThan(40);
    await v.core.therapyExport.cancel();
    expect(await saving).toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
    expect(await v.core.therapyExport.progress()).toEqual({ running: false, phase: 'idle', done: 0, total: 0 });
  });

  it('refuses an empty export, and a locked vault', async () => {
    const v = await seeded();
    v.platform.nextSavePath = join(tempDir('hearth-therapy-'), 'x.pdf');
    await expectCode(v.core.therapyExport.save({ selection: { kinds: [] }, format: 'pdf', includeNames: false }), 'VALIDATION');
    await v.core.vaults.lock();
    await expectCode(v.core.therapyExport.candidates(everything()), 'VAULT_LOCKED');
  });
});

const UNFINISHED = 'Unfinished-side-canary';
const DRAFTED = 'Unsaved-draft-canary';
/** Every answer of an aftermath side, each holding `word`; "ashamed" is felt nowhere else in the vault. */
const everyAnswer = (word: string) => ({
  feelings: [{ feeling: 'ashamed' as const, intensity: 5 }],
  myReality: `${word} reality`,
  listenerSummary: `${word} heard`,
  validation: `${word} makes sense`,
  triggers: `${word} triggers`,
  setMeUp: `${word} set me up`,
  regret: `${word} regret`,
  apologise: `${word} apologise`,
  acceptance: 'still_need' as const,
  stillNeeded: `${word} still need`,
  partnerCanDo: `${word} partner can do`,
  iCanDo: `${word} I can do`,
  needToMoveOn: `${word} move on`,
});

/**
 * The seeded vault, then: its aftermath completed and resolved on later days; an aftermath Sam finished and Alex is
 * still writing; one nobody finished; a conflict reflection with two patterns; unsaved drafts over all of them.
 */
async function unfinishedToo() {
  const v = await seeded();
  const c = v.core;
  v.clock.advance(DAY); // 7 March
  await c.reflections.complete({ id: v.ids.aftermath! });
  const half = await c.reflections.create({ type: 'aftermath', title: 'The late train' });
  await c.reflections.saveSide({ id: half.id, partner: 'a', expectedVersion: 1, done: true, side: { myReality: 'Sam-finished: I waited on the platform.', regret: 'The sigh.' } });
  await c.reflections.saveSide({ id: half.id, partner: 'b', expectedVersion: 1, side: everyAnswer(UNFINISHED) });
  const none = await c.reflections.create({ type: 'aftermath', title: 'Nobody finished' });
  await c.reflections.saveSide({ id: none.id, partner: 'a', expectedVersion: 1, done: false, side: everyAnswer(UNFINISHED) });
  const patterns = await c.reflections.create({
    type: 'conflict',
    title: 'The dishes again',
    author: 'a',
    answers: { observation: 'The pan was left in the sink.', horsemen: ['stonewalling', 'criticism'] },
  });
  v.clock.advance(DAY); // 8 March
  await c.reflections.resolve({ id: v.ids.aftermath!, repairEventId: null });
  // Words kept only as unsaved drafts belong to the form they were typed in, never to the export.
  for (const key of [`reflection:${half.id}-a`, `reflection:${half.id}-b`, `reflection:${patterns.id}`, `reflection:${v.ids.conflict}`]) {
    await c.drafts.save({ key, content: JSON.stringify({ title: DRAFTED, answers: { myReality: DRAFTED, observation: DRAFTED } }), baseVersion: 1 });
  }
  const ids: Record<string, string> = { ...v.ids, half: half.id, none: none.id, patterns: patterns.id };
  return { ...v, ids };
}

const reflectionKinds = (over: Partial<ExportSelection> = {}): ExportSelection => ({ kinds: ['conflict', 'aftermath', 'forgiveness'], ...over });
/** Text read back from a PDF breaks lines wherever they wrap: compare without the spaces. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function markdownOf(v: Vault, selection: ExportSelection): Promise<string> {
  const path = join(tempDir('hearth-therapy-'), 'for-therapy.md');
  v.platform.nextSavePath = path;
  await v.core.therapyExport.save({ selection, format: 'markdown', includeNames: true });
  return readFileSync(path, 'utf8');
}

describe('therapy export: reflections', () => {
  it('prints nothing of a side still being written, in the PDF, the Markdown and the preview; nor any unsaved draft', async () => {
    const v = await unfinishedToo();
    const unfinishedWords = [UNFINISHED, 'ashamed', DRAFTED];
    for (const who of ['both', 'a', 'b'] as const) {
      const selection = reflectionKinds({ who });
      const { bytes } = await savePdf(v, selection, { includeNames: true });
      const pdf = await pdfText(bytes);
      const md = await markdownOf(v, selection);
      const preview = JSON.stringify(await v.core.therapyExport.preview({ selection, includeNames: true }));
      for (const [name, text] of [['pdf', pdf.text], ['markdown', md], ['preview', preview]] as const) {
        for (const word of unfinishedWords) expect(text, `${word} in the ${name} for ${who}`).not.toContain(word);
        // The aftermaths themselves are there, saying why a side is missing.
        expect(squash(text), `${name} for ${who}`).toContain(squash('Nobody finished'));
        expect(squash(text), `${name} for ${who}`).toContain(squash('The late train'));
      }
      if (who !== 'a') expect(squash(pdf.text)).toContain(squash('Alex’s side: still being written'));
      // As in the app, a finished side waits for the other: Sam's words are not here until Alex has finished too.
      expect(pdf.text).not.toContain('Sam-finished: I waited on the platform.');
      expect(squash(pdf.text)).toContain(squash('Still being written by Alex; the sides are shared here once both are finished.'));
    }
    const { bytes } = await savePdf(v, reflectionKinds(), { includeNames: true });
    const text = squash((await pdfText(bytes)).text);
    expect(text).toContain(squash('Still being written by Sam and Alex; the sides are shared here once both are finished.'));
    expect(text).toContain(squash('Sam’s side: still being written, last saved 7 March 2026'));
    expect(text).toContain(squash('Alex’s side: not started yet'));
  });

  it('dates each reflection: begun, completed, resolved, and when each side was last saved', async () => {
    const v = await unfinishedToo();
    const selection = reflectionKinds({ exclude: [v.ids.none!] });
    const pdf = squash((await pdfText((await savePdf(v, selection, { includeNames: true })).bytes)).text);
    const md = squash(await markdownOf(v, selection));
    for (const text of [pdf, md]) {
      // The aftermath of 3 March, completed on the 7th and resolved on the 8th; both sides last saved on the 3rd.
      expect(text).toContain(squash('Begun 3 March 2026'));
      expect(text).toContain(squash('Completed 7 March 2026'));
      expect(text).toContain(squash('Resolved 8 March 2026'));
      expect(text).toContain(squash('Sam’s side: finished, last saved 3 March 2026'));
      expect(text).toContain(squash('Alex’s side: finished, last saved 3 March 2026'));
      // The late train: Sam finished and Alex saved on the 7th; the conflict and forgiveness reflections, when begun.
      expect(text).toContain(squash('Alex’s side: still being written, last saved 7 March 2026'));
      expect(text).toContain(squash('Begun 2 March 2026'));
      expect(text).toContain(squash('Begun 4 March 2026'));
    }
    // A reflection never completed says only when it was begun.
    const preview = await v.core.therapyExport.preview({ selection: reflectionKinds({ exclude: [v.ids.aftermath!, v.ids.half!, v.ids.none!, v.ids.conflict!] }), includeNames: true });
    const words = squash(JSON.stringify(preview));
    expect(words).toContain(squash('Begun 7 March 2026'));
    expect(words).not.toContain('Completed');
    expect(words).not.toContain('Resolved');
  });

  it('prints each pattern noticed with its antidote, in the PDF and the Markdown', async () => {
    const v = await unfinishedToo();
    const selection = reflectionKinds({ kinds: ['conflict'] });
    const pdf = squash((await pdfText((await savePdf(v, selection)).bytes)).text);
    const md = squash(await markdownOf(v, selection));
    for (const text of [pdf, md]) {
      expect(text).toContain(squash('Patterns I noticed, each with its antidote'));
      expect(text).toContain(squash('Criticism — a complaint that became about who someone is. Antidote: A gentle start-up.'));
      expect(text).toContain(squash('“I feel … about …, and I need …”'));
      expect(text).toContain(squash('Stonewalling — shutting down or going quiet. Antidote: A break to calm down, then coming back.'));
      expect(text).toContain(squash('twenty minutes or more'));
      expect(text).not.toContain(squash('Contempt —'));
      expect(text).not.toContain(squash('Defensiveness —'));
    }
    expect(pdf).not.toContain(squash('Save and close')); // how to practise it in Hearth stays in the app
  });

  it('prints the story checked as a thought record, and a forgiveness of myself with its gift, amends and dated commitment', async () => {
    const v = await seeded();
    const c = v.core;
    await c.reflections.create({
      type: 'conflict',
      title: 'The unanswered message',
      author: 'b',
      answers: { story: 'You do not care.', storyBelief: 80, storyAgainst: 'You called back at lunch.', storyKinder: 'You were in meetings all day.', storyBeliefAfter: 20 },
    });
    await c.reflections.create({
      type: 'forgiveness',
      title: 'What I said at the party',
      author: 'a',
      answers: { toward: 'myself', hurt: 'I made a joke at your expense.', amends: 'Say sorry, and not do it again.', forgivenTime: 'My sister forgave me at twelve.', commitment: 'I forgive myself and keep the lesson.', commitmentOn: '2026-03-05' },
    });
    const selection = reflectionKinds({ kinds: ['conflict', 'forgiveness'] });
    const pdf = squash((await pdfText((await savePdf(v, selection, { includeNames: true })).bytes)).text);
    const md = squash(await markdownOf(v, selection));
    for (const text of [pdf, md]) {
      expect(text).toContain(squash('The unanswered message'));
      expect(text).toContain(squash('How strongly I believed the story then'));
      expect(text).toContain(squash('80 out of 100'));
      expect(text).toContain(squash('What does not fit it'));
      expect(text).toContain(squash('You were in meetings all day.'));
      expect(text).toContain(squash('How strongly I believe the first story now'));
      expect(text).toContain(squash('20 out of 100'));
      expect(text).toContain(squash('What I said at the party'));
      expect(text).toContain(squash('Forgiving'));
      expect(text).toContain(squash('Myself'));
      expect(text).toContain(squash('What I did, as I remember it'));
      expect(text).toContain(squash('What I can do to make it right'));
      expect(text).toContain(squash('A time I was forgiven (the altruistic gift)'));
      expect(text).toContain(squash('My sister forgave me at twelve.'));
      expect(text).toContain(squash('My commitment, 5 March 2026'));
      expect(text).toContain(squash('I forgive myself and keep the lesson.'));
      // An answer left empty is not a heading with nothing under it.
      expect(text).not.toContain(squash('What fits the story'));
    }
  });

  // The reflections alone, with an aftermath half finished, to look at by eye: test-results/screens/export-reflections.pdf and .md.
  it('writes a sample PDF and Markdown of the reflections to look at', async () => {
    const v = await unfinishedToo();
    const { bytes } = await savePdf(v, reflectionKinds(), { includeNames: true });
    mkdirSync('test-results/screens', { recursive: true });
    writeFileSync('test-results/screens/export-reflections.pdf', bytes);
    writeFileSync('test-results/screens/export-reflections.md', await markdownOf(v, reflectionKinds()));
  });
});

// A sample of every kind to look at by eye, beside the end-to-end screens: test-results/screens/export-sample.pdf.
it('writes a sample PDF of every kind to look at', async () => {
  const v = await seeded();
  const { bytes, pages } = await savePdf(v, everything(), { includeNames: true });
  expect(pages).toBeGreaterThan(1);
  expect((await PDFDocument.load(bytes)).getPageCount()).toBe(pages);
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync('test-results/screens/export-sample.pdf', bytes);
});
