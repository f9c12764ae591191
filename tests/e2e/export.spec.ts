import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { createDispatcher, type Core } from '../../src/core';
import { createVault } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';
const PDF_PASSWORD = 'willow harbour copper kettle';
const HIDDEN = 'Hidden answer nobody has read yet';
const SCREENS = resolve('test-results/screens');

/** Calls through the dispatcher, so arguments get their defaults as they do from the app. */
function client(core: Core) {
  const dispatcher = createDispatcher(core);
  return async <T>(channel: string, arg?: unknown): Promise<T> => {
    const result = await dispatcher.dispatch(`hearth:${channel}`, arg === undefined ? [] : [arg]);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
}

/** A little of everything, with one check-in still open and one partner's answers hidden in it. */
async function seed(core: Core) {
  const call = client(core);
  const today = new Date().toISOString().slice(0, 10);
  const hard = await call<{ id: string }>('timeline.create', { kind: 'hard_moment', title: 'Dinner went quiet', startDate: today, author: 'a', valence: -1 });
  await call('reflections.create', {
    type: 'conflict',
    title: 'Phones at dinner',
    author: 'a',
    eventId: hard.id,
    forTherapy: true,
    answers: {
      observation: 'You looked at your phone while I told you about my day. Café crème, Καλημέρα, Привет, שלום, 你好 ❤️😊',
      feelings: [
        { feeling: 'hurt', intensity: 4 },
        { feeling: 'lonely', intensity: 3 },
      ],
      needs: ['understanding', 'closeness'],
      story: 'That my day did not matter to you.',
      myPart: 'I started talking while you were answering a message.',
      horsemen: ['criticism'],
      softStartup: 'I feel hurt and lonely about dinner, and I need understanding and closeness.',
      request: 'Could we keep our phones in the hall during dinner this week?',
      compromise: 'I will wait until you have finished a message before I start.',
    },
  });
  const aftermath = await call<{ id: string }>('reflections.create', { type: 'aftermath', title: 'The argument about the holidays', forTherapy: true });
  for (const [partner, reality, plan] of [
    ['a', 'I felt we never plan the holidays together, and I was tired of deciding alone.', 'Ask you a week earlier.'],
    ['b', 'I felt rushed into a decision on a night when I was already worn out.', 'Say when I need a day to think.'],
  ] as const) {
    await call('reflections.saveSide', {
      id: aftermath.id,
      partner,
      expectedVersion: 1,
      done: true,
      side: { feelings: [{ feeling: partner === 'a' ? 'frustrated' : 'overwhelmed', intensity: 4 }], myReality: reality, iCanDo: plan },
    });
  }
  const forgiveness = await call<{ id: string }>('reflections.create', {
    type: 'forgiveness',
    title: 'The missed birthday',
    author: 'b',
    answers: { hurt: 'You forgot, and I waited all evening.', decision: 'working_on_it', holdOn: 'Remembering the card you wrote the week after.' },
  });
  await call('reflections.addCheckBack', { id: forgiveness.id, decision: 'forgiven', note: 'It feels lighter now.' });
  const checkIn = await call<{ id: string }>('checkins.start', { withAppreciations: false });
  await call('checkins.answer', { id: checkIn.id, partner: 'a', rating: 7, answers: { connection: 'Closer than last month.', closer: 'More walks after dinner.', highlight: 'Sunday breakfast.', distance: '' } });
  await call('checkins.submit', { id: checkIn.id, partner: 'a' });
  await call('checkins.answer', { id: checkIn.id, partner: 'b', rating: 8, answers: { connection: 'Warm, a bit busy.', closer: 'Cooking together.', highlight: 'The long walk.', distance: 'The late meetings.' } });
  await call('checkins.submit', { id: checkIn.id, partner: 'b' });
  const session = await call<{ id: string }>('appreciations.startSession', { firstTurn: 'a' });
  await call('appreciations.add', { sessionId: session.id, from: 'a', text: 'You made tea when I came home tired.' });
  await call('appreciations.add', { sessionId: session.id, from: 'b', text: 'You listened to the whole story about work.' });
  await call('journal.write', { author: 'both', promptId: 'shared-dream', body: 'A small house near the sea, with a garden.', date: today });
  const open = await call<{ id: string }>('checkins.start', { withAppreciations: false });
  await call('checkins.answer', { id: open.id, partner: 'a', hidden: true, rating: 3, answers: { connection: HIDDEN, closer: '', highlight: '', distance: '' } });
}

async function openExport(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export for therapy');
}

test('a therapy export: choose, untick, preview page by page, save a protected PDF; Markdown asks first', async ({ hearth }) => {
  const { page } = hearth;
  await createVault(page, PASSPHRASE);
  await seed(hearth.core);
  await openExport(page);

  // The checklist: every matching entry, ticked; the open check-in is not there.
  const items = page.getByRole('region', { name: '2. Choose entries' });
  await expect(items.getByText('Phones at dinner')).toBeVisible();
  await expect(items.getByText('The missed birthday')).toBeVisible();
  await expect(page.getByText(HIDDEN)).toHaveCount(0);
  await hearth.screen('export-01-choose');

  // Leave the forgiveness reflection out, and add the timeline.
  await items.getByRole('checkbox', { name: /The missed birthday/ }).uncheck();
  await page.getByRole('checkbox', { name: 'Timeline moments' }).check();
  await expect(items.getByText('Dinner went quiet')).toBeVisible();
  await expect(items.getByText(/\d+ of \d+ included/)).toBeVisible();

  // The preview, page by page.
  const preview = page.getByRole('region', { name: '3. Preview' });
  await expect(preview.getByRole('article', { name: /^Page 1 of \d+$/ })).toBeVisible();
  await expect(preview.getByText('Reflections to bring to therapy')).toBeVisible();
  const total = Number((await preview.getByRole('article').getAttribute('aria-label'))!.split(' of ')[1]);
  await preview.getByRole('button', { name: 'Next page' }).click();
  await expect(preview.getByRole('article', { name: `Page 2 of ${total}` })).toContainText('Contents');
  await expect(preview.getByRole('article')).not.toContainText('The missed birthday');
  for (let i = 2; i < total; i++) {
    if (await preview.getByText('Observation — what happened').isVisible()) break;
    await preview.getByRole('button', { name: 'Next page' }).click();
  }
  await expect(preview.getByText('Observation — what happened')).toBeVisible();
  await hearth.screen('export-02-preview');

  // Save, protected by default, names included.
  await page.getByRole('checkbox', { name: /Include our names/ }).check();
  await expect(page.getByRole('checkbox', { name: /Protect the PDF with a password/ })).toBeChecked();
  await page.getByLabel('Password for the PDF').fill(PDF_PASSWORD);
  await page.getByLabel('Type it once more').fill(PDF_PASSWORD);
  await hearth.screen('export-03-save');
  const dir = mkdtempSync(join(tmpdir(), 'hearth-e2e-export-'));
  const path = join(dir, 'for-therapy.pdf');
  hearth.platform.nextSavePath = path;
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(path);
  expect(readFileSync(path).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');

  // Sample pages as pictures, to look at: the title page, the contents and the first entries.
  for (const old of readdirSync(SCREENS).filter((f) => f.startsWith('export-pdf-'))) rmSync(join(SCREENS, old));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-upw', PDF_PASSWORD, '-f', '1', '-l', '6', path, join(SCREENS, 'export-pdf')]);
  expect(readdirSync(SCREENS).filter((f) => f.startsWith('export-pdf-')).length).toBeGreaterThanOrEqual(4);
  expect(() => execFileSync('pdftotext', [path, '-'], { stdio: 'pipe' })).toThrow(); // no password, no text
  const text = execFileSync('pdftotext', ['-upw', PDF_PASSWORD, path, '-']).toString();
  expect(text).toContain('Phones at dinner');
  expect(text).toContain('Sam');
  expect(text).not.toContain('The missed birthday');
  expect(text).not.toContain(HIDDEN);

  // Markdown is plain text: the page says so, and Save asks once more.
  await page.getByRole('radio', { name: /Markdown/ }).check();
  await expect(page.getByRole('note')).toContainText('cannot be encrypted');
  await hearth.screen('export-04-markdown');
  const md = join(dir, 'for-therapy.md');
  hearth.platform.nextSavePath = md;
  await page.getByRole('button', { name: 'Save Markdown…' }).click();
  await expect(page.getByRole('dialog', { name: 'Save without encryption?' })).toBeVisible();
  await hearth.screen('export-05-confirm-plain');
  await page.getByRole('button', { name: 'Save without encryption' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(md);
  expect(readFileSync(md, 'utf8')).toContain('### Phones at dinner');
  rmSync(dir, { recursive: true, force: true });
});
