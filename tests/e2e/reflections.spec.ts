import type { Page } from '@playwright/test';
import type { Core } from '../../src/core';
import type { AftermathReflection, ForgivenessReflection } from '../../src/shared/reflections';
import { createVault, unlockWith } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';
const DAY_MS = 86_400_000;
/** Core calls here skip the dispatcher, so arguments come with every default filled in. */
const ALL = { after: null, limit: 50, filter: {} };

async function openReflections(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Reflections' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflections');
}

async function expectStep(page: Page, n: number, of: number, title: string) {
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', String(n));
  await expect(bar).toHaveAttribute('aria-valuemax', String(of));
  await expect(page.getByText(`Step ${n} of ${of}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function next(page: Page) {
  await page.getByRole('button', { name: 'Next' }).click();
}

async function moments(core: Core) {
  const entry = { body: '', endDate: null, author: 'both' as const, valence: 0, tags: [] };
  const hard = await core.timeline.create({ ...entry, kind: 'hard_moment', title: 'Dinner went quiet', startDate: '2026-03-06' });
  const repair = await core.timeline.create({ ...entry, kind: 'repair', title: 'Talked it through on the walk', startDate: '2026-03-08' });
  return { hard, repair };
}

test('a conflict reflection from the first step to the softened start-up, linked, complete and resolved', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  const { hard, repair } = await moments(core);
  await openReflections(page);

  // First visit: what the three kinds are, and one way to start
  await expect(page.getByText('There are three kinds:')).toBeVisible();
  await expect(page.getByRole('button', { name: "If you don't feel safe at home, read this" })).toBeVisible();
  await hearth.screen('reflections-01-empty');
  await page.getByRole('button', { name: 'Start a reflection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New reflection');
  await hearth.screen('reflections-02-chooser');
  await page.getByRole('button', { name: /^Conflict reflection/ }).click();

  // Step 1: a title is the one thing needed
  await expectStep(page, 1, 12, 'Let’s begin');
  await next(page);
  await expect(page.getByText('Give this reflection a short title')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.getByLabel('Title').fill('Phones at dinner');
  await expect(page.getByLabel('Sam')).toBeChecked();
  await next(page);

  await expectStep(page, 2, 12, 'What happened');
  await page.getByLabel('What happened').fill('When I told you about the interview, you looked at your phone.');
  await next(page);

  await expectStep(page, 3, 12, 'What I felt');
  await page.getByRole('button', { name: 'hurt', exact: true }).click();
  await page.getByRole('button', { name: 'lonely', exact: true }).click();
  // The numbers are what a person clicks; each is a labelled radio underneath
  await page.getByRole('group', { name: 'hurt' }).getByText('4', { exact: true }).click();
  await page.getByRole('group', { name: 'lonely' }).getByText('2', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /^hurt: 4 of 5/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'hurt', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('soft-startup-preview')).toHaveText(/^I feel hurt and lonely about what happened when I told you about the interview/);
  await hearth.screen('reflections-03-feelings');
  await next(page);

  await expectStep(page, 4, 12, 'What I needed');
  await page.getByRole('button', { name: 'closeness', exact: true }).click();
  await page.getByRole('button', { name: 'understanding', exact: true }).click();
  await next(page);

  // Words typed and not yet saved survive a lock
  await expectStep(page, 5, 12, 'The story I told myself');
  await page.getByLabel('The story I told myself').fill('I told myself my day did not matter to you.');
  await page.getByRole('button', { name: /^Lock/ }).click();
  await unlockWith(page, 'passphrase', PASSPHRASE);
  await openReflections(page);
  await expect(page.getByText(/Unsaved words from .*, in “Phones at dinner”/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 5, 12, 'The story I told myself');
  await expect(page.getByText(/These are your unsaved words from/)).toBeVisible();
  await expect(page.getByLabel('The story I told myself')).toHaveValue('I told myself my day did not matter to you.');
  await next(page);

  // The story looked at again, as a thought record: how strongly, what fits and what does not, a kinder version
  await expectStep(page, 6, 12, 'Looking at the story again');
  await expect(page.getByText('I told myself my day did not matter to you.')).toBeVisible();
  await page.getByRole('slider', { name: 'How strongly I believed it then' }).fill('80');
  await page.getByLabel('What does not fit it').fill('You asked about my interview the next morning.');
  await page.getByLabel('A kinder way to tell it').fill('You were worried about the message from your sister.');
  await page.getByRole('slider', { name: 'How strongly I believe the first story now' }).fill('30');
  await expect(page.getByText('30 out of 100')).toBeVisible();
  await hearth.screen('reflections-04b-story-check');
  await next(page);

  await expectStep(page, 7, 12, 'My part in it');
  await page.getByLabel('My part in it').fill('I started talking while you were still reading a message.');
  await next(page);
  // A pattern ticked shows what helps instead, and where to practise it in Hearth
  await expectStep(page, 8, 12, 'Patterns I noticed');
  await expect(page.getByTestId('antidote-criticism')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Criticism' }).check();
  const antidote = page.getByTestId('antidote-criticism');
  await expect(antidote).toContainText('What helps instead: a gentle start-up');
  await expect(antidote).toContainText('“I feel … about …, and I need …”');
  await expect(antidote).toContainText('Try it in Hearth: The step “A gentle way to start” in this reflection');
  await page.getByRole('checkbox', { name: 'Stonewalling' }).check();
  await expect(page.getByTestId('antidote-stonewalling')).toContainText('twenty minutes or more');
  await hearth.screen('reflections-03b-antidotes');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('reflections-03b-antidotes-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('checkbox', { name: 'Stonewalling' }).uncheck();
  await expect(page.getByTestId('antidote-stonewalling')).toHaveCount(0);
  await next(page);

  // What the barriers mean, in a dialog reached from the keyboard; Escape closes it and focus comes back
  await expectStep(page, 9, 12, 'What got in the way');
  await page.getByLabel('Old wounds that were touched').check();
  const explain = page.getByRole('button', { name: 'What these mean, and one small thing to try for each' });
  await explain.focus();
  await page.keyboard.press('Enter');
  const barriers = page.getByRole('dialog', { name: 'What can get in the way of closeness' });
  await expect(barriers).toBeVisible();
  await expect(barriers.getByRole('listitem')).toHaveCount(6);
  await expect(barriers.getByRole('listitem').filter({ hasText: 'Past wounds' })).toContainText('Ticked here');
  await expect(barriers.getByRole('listitem').filter({ hasText: 'Unrealistic expectations' })).toContainText('No one can read minds');
  await expect(barriers.getByText(/^Six things often stand between two people/)).toBeFocused();
  await hearth.screen('reflections-03c-barriers');
  await page.keyboard.press('Escape');
  await expect(barriers).toBeHidden();
  await expect(explain).toBeFocused();
  await next(page);

  // The softened start-up, made from the answers, then made one's own
  await expectStep(page, 10, 12, 'A gentle way to start');
  const soft = page.getByLabel('My softened start-up');
  await expect(soft).toHaveValue(
    'I feel hurt and lonely about what happened when I told you about the interview, you looked at your phone, and I need closeness and understanding.',
  );
  await hearth.screen('reflections-04-soft-startup');
  await soft.fill('I feel hurt and lonely when I tell you about my day and you look at your phone. I need to feel close to you.');
  await expect(page.getByRole('button', { name: 'Use this instead' })).toBeVisible();
  await next(page);

  await expectStep(page, 11, 12, 'A request');
  await page.getByLabel('A specific, doable request').fill('Could we put our phones in the drawer during dinner?');
  await next(page);
  await expectStep(page, 12, 12, 'A compromise I could offer');
  await page.getByLabel('A compromise I could offer').fill('I can wait until you have finished what you are reading.');
  await page.getByRole('button', { name: 'Finish' }).click();

  // The calm read-only view
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phones at dinner');
  await expect(page.getByText('I feel hurt and lonely when I tell you about my day')).toBeVisible();
  await expect(page.getByText('hurt (4 of 5), lonely (2 of 5)')).toBeVisible();
  await expect(page.getByTestId('antidote-criticism')).toContainText('What helps instead: a gentle start-up');
  await expect(page.getByText('You were worried about the message from your sister.')).toBeVisible();
  await expect(page.locator('article header dl')).toContainText(/^Begun\s*\S/);
  await page.getByRole('button', { name: 'Link the hard moment' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Dinner went quiet/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Complete', { exact: true })).toBeVisible();
  await page.getByLabel('Include in therapy export').check();
  await hearth.screen('reflections-05-conflict-read');

  await page.getByRole('button', { name: 'Resolved — link the repair' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Talked it through on the walk/ }).click();
  await expect(page.getByText('Resolved', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Repaired by:')).toBeVisible();
  const dates = page.locator('article header dl');
  await expect(dates).toContainText('Completed');
  await expect(dates).toContainText('Resolved');

  const [saved] = (await core.reflections.list(ALL)).items;
  const reflection = await core.reflections.get({ id: saved!.id });
  expect(reflection).toMatchObject({ type: 'conflict', status: 'resolved', author: 'a', forTherapy: true, eventId: hard.id, repairEventId: repair.id });
  if (reflection.type !== 'conflict') throw new Error('type');
  expect(reflection.answers).toMatchObject({
    feelings: [
      { feeling: 'hurt', intensity: 4 },
      { feeling: 'lonely', intensity: 2 },
    ],
    needs: ['closeness', 'understanding'],
    story: 'I told myself my day did not matter to you.',
    storyBelief: 80,
    storyKinder: 'You were worried about the message from your sister.',
    storyBeliefAfter: 30,
    horsemen: ['criticism'],
    barriers: ['past_wounds'],
    softStartup: 'I feel hurt and lonely when I tell you about my day and you look at your phone. I need to feel close to you.',
  });
  expect(await core.drafts.list()).toEqual([]);
  expect((await core.timeline.get({ id: hard.id })).reflections).toMatchObject([{ title: 'Phones at dinner', link: 'moment' }]);

  // Printing shows the reflection alone
  await page.emulateMedia({ media: 'print' });
  await hearth.screen('reflections-06-print');
  await page.emulateMedia({ media: 'screen' });

  // Back on the list, filters narrow it
  await page.getByRole('button', { name: 'Reflections', exact: true }).first().click();
  await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('button')).toHaveCount(1);
  await page.getByLabel('Kind').selectOption('forgiveness');
  await expect(page.getByText('No reflections match these filters.')).toBeVisible();
  await page.getByLabel('Kind').selectOption('conflict');
  await page.getByLabel('Status').selectOption('resolved');
  await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('button')).toHaveCount(1);
  await hearth.screen('reflections-07-list');
});

test('an aftermath written by both partners, each side hidden until both are done, then side by side', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  await openReflections(page);
  await page.getByRole('button', { name: 'Start a reflection' }).click();
  await page.getByRole('button', { name: /^After a hard moment/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you begin');
  await page.getByLabel('Title').fill('The car park');
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The car park');
  await expect(page.getByText('It can be marked complete once both of you have finished your side.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark complete' })).toHaveCount(0);

  async function writeSide(name: string, other: string, words: { feeling: string; reality: string; heard: string; regret: string; iCan: string }) {
    await page.getByLabel(name, { exact: true }).check();
    await page.getByRole('button', { name: `Start ${name}’s side` }).click();
    await expectStep(page, 1, 5, 'How I felt');
    await page.getByRole('button', { name: words.feeling, exact: true }).click();
    await next(page);
    await expectStep(page, 2, 5, 'How it was for each of us');
    await page.getByLabel('How it looked and felt from where I stood').fill(words.reality);
    await page.getByLabel(`What I heard of ${other}’s side`).fill(words.heard);
    await page.getByLabel('What makes sense to me in it').fill('That makes sense: it was loud and we were late.');
    await next(page);
    await expectStep(page, 3, 5, 'What it touched in me');
    await next(page);
    await expectStep(page, 4, 5, 'My part in it');
    await page.getByLabel('What I regret').fill(words.regret);
    await page.getByLabel(`I accept ${other}’s apology`).check();
    await next(page);
    await expectStep(page, 5, 5, 'Next time');
    await page.getByLabel('One thing I can do next time').fill(words.iCan);
    if (name === 'Sam') await hearth.screen('reflections-08-aftermath-side');
    await page.getByRole('button', { name: 'My side is done' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The car park');
  }

  await writeSide('Sam', 'Alex', {
    feeling: 'embarrassed',
    reality: 'I felt rushed and everyone was watching.',
    heard: 'You thought we had agreed to leave at six.',
    regret: 'Raising my voice.',
    iCan: 'Say when I feel rushed.',
  });
  // Sam's words are not shown to Alex until Alex's side is done too
  const sides = page.getByRole('list', { name: 'Sides' });
  await expect(sides.getByRole('listitem').filter({ hasText: 'Sam’s side' })).toContainText('Done');
  await expect(sides.getByRole('listitem').filter({ hasText: 'Alex’s side' })).toContainText('Not started yet');
  await expect(page.locator('article header dl')).toContainText(/Sam’s side\s*Done · last saved/);
  await expect(page.locator('article header dl')).toContainText(/Alex’s side\s*Not started yet/);
  await expect(page.getByText('I felt rushed and everyone was watching.')).toHaveCount(0);
  await hearth.screen('reflections-09-aftermath-waiting');

  await writeSide('Alex', 'Sam', {
    feeling: 'frustrated',
    reality: 'I thought we had agreed to leave at six.',
    heard: 'You felt rushed and watched.',
    regret: 'Walking off to the car.',
    iCan: 'Check the time with you before we go out.',
  });

  const sam = page.getByRole('region', { name: 'Sam’s side' });
  const alex = page.getByRole('region', { name: 'Alex’s side' });
  await expect(sam).toContainText('I felt rushed and everyone was watching.');
  await expect(sam).toContainText('What I heard of Alex’s side');
  await expect(alex).toContainText('I thought we had agreed to leave at six.');
  await expect(alex).toContainText('I accept Sam’s apology.');
  const [samBox, alexBox] = [await sam.boundingBox(), await alex.boundingBox()];
  expect(Math.abs(samBox!.y - alexBox!.y)).toBeLessThan(2);
  expect(alexBox!.x).toBeGreaterThan(samBox!.x + samBox!.width - 1);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Complete', { exact: true })).toBeVisible();
  await hearth.screen('reflections-10-aftermath-both');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('reflections-11-aftermath-both-dark');

  const [item] = (await core.reflections.list(ALL)).items;
  const saved = (await core.reflections.get({ id: item!.id })) as AftermathReflection;
  expect(saved).toMatchObject({ status: 'complete', bothDone: true });
  expect(saved.sides.a.answers).toMatchObject({ feelings: [{ feeling: 'embarrassed', intensity: 3 }], listenerSummary: 'You thought we had agreed to leave at six.', acceptance: 'accept' });
  expect(saved.sides.b.answers).toMatchObject({ myReality: 'I thought we had agreed to leave at six.', regret: 'Walking off to the car.' });
});

test('a forgiveness reflection, hard to move past, checked back on two weeks later', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  await openReflections(page);
  await page.getByRole('button', { name: 'Start a reflection' }).click();
  await page.getByRole('button', { name: /^Forgiveness reflection/ }).click();

  await expectStep(page, 1, 8, 'Let’s begin');
  await page.getByLabel('Title').fill('My birthday');
  await page.getByLabel('Alex').check();
  await expect(page.getByRole('radio', { name: 'Someone else' })).toBeChecked();
  await next(page);
  await expectStep(page, 2, 8, 'The hurt, as I remember it');
  await page.getByLabel('The hurt, as I remember it').fill('The day passed and nobody said a word.');
  await next(page);
  await expectStep(page, 3, 8, 'Their side, as I imagine it');
  await page.getByLabel('What I imagine they felt or needed').fill('Overwhelmed by the move, and ashamed afterwards.');
  await next(page);
  await expectStep(page, 4, 8, 'A time I was forgiven');
  await page.getByLabel('A time I was forgiven, and what it gave me').fill('My sister forgave me for the broken bike.');
  await next(page);
  await expectStep(page, 5, 8, 'What forgiving would mean');
  await expect(page.getByText(/not saying it was all right, and it is not forgetting/)).toBeVisible();
  await page.getByLabel('What it would not mean').fill('Pretending it did not matter.');
  await next(page);
  await expectStep(page, 6, 8, 'Where I am now');
  await page.getByLabel('Not yet').check();
  await page.getByLabel('This is hard to move past').check();
  await expect(page.getByText('A therapist or counsellor can help you with this', { exact: false })).toBeVisible();
  await hearth.screen('reflections-12-forgiveness-hard');
  await next(page);
  await expectStep(page, 7, 8, 'Making it real');
  await page.getByLabel('My commitment').fill('I choose to let go of my birthday, and not to bring it up when we argue.');
  await expect(page.getByLabel('Its date')).not.toHaveValue('');
  await page.getByLabel('Bring this commitment to our next check-in').check();
  await hearth.screen('reflections-12b-forgiveness-commit');
  await next(page);
  await expectStep(page, 8, 8, 'Holding on to it');
  await page.getByLabel('What helps me hold on to it').fill('Remembering the card that came a week later.');
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My birthday');
  await expect(page.getByText('Where I am now: Not yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print my commitment' })).toBeVisible();
  await hearth.screen('reflections-12c-forgiveness-read');
  const [item] = (await core.reflections.list(ALL)).items;
  const id = item!.id;
  const firstDay = (await core.reflections.get({ id })).updatedAt.slice(0, 10);

  // Two weeks later, for the core and for the window
  hearth.clock.laterMs = 14 * DAY_MS;
  const later = new Date(Date.now() + hearth.clock.laterMs);
  await page.clock.setFixedTime(later);
  await page.getByRole('button', { name: 'Reflections', exact: true }).first().click();
  await page.getByRole('list', { name: 'Reflections' }).getByRole('button', { name: /My birthday/ }).click();
  await page.getByRole('button', { name: 'Add a check-back' }).click();
  const laterDay = await page.getByLabel('Day', { exact: true }).inputValue();
  expect(laterDay > firstDay).toBe(true);
  await page.getByLabel('Working on it').check();
  await page.getByLabel('A note, if you like').fill('We talked on Sunday. It feels a little lighter.');
  await page.getByRole('button', { name: 'Save this check-back' }).click();
  const history = page.getByRole('list', { name: 'Check-backs, oldest first' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Working on it');
  await expect(history).toContainText('It feels a little lighter.');
  await expect(page.getByText('Where I am now: Working on it')).toBeVisible();
  await hearth.screen('reflections-13-forgiveness-later');

  const saved = (await core.reflections.get({ id })) as ForgivenessReflection;
  expect(saved.checkBacks).toEqual([{ date: laterDay, decision: 'working_on_it', note: 'We talked on Sunday. It feels a little lighter.', savedAt: expect.any(String) }]);
  expect(saved.checkBacks[0]!.savedAt.slice(0, 10) > firstDay).toBe(true);
  expect(saved.answers).toMatchObject({ decision: 'working_on_it', hardToMovePast: true, hurt: 'The day passed and nobody said a word.' });

  // The kind note leads to Export
  await page.getByRole('button', { name: 'Choose what to bring, in Export' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Export' })).toHaveAttribute('aria-current', 'page');
});
