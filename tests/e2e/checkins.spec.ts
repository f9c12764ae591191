import type { Page } from '@playwright/test';
import { AftermathAnswers, NewReflectionInput } from '../../src/shared/reflections';
import { createVault } from './flows';
import { expect, test } from './harness';

const PASSPHRASE = 'lantern orbit velvet quarry';

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click();
}

test('check-in with hidden answers, appreciations, journal, love languages and insights', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);

  // ── The rhythm: weekly, opening with appreciations ──
  await openSection(page, 'Check-ins');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check-ins');
  await expect(page.getByText('When you finish a check-in, both your answers are kept here')).toBeVisible();
  await hearth.screen('checkins-01-empty');
  await page.getByRole('button', { name: 'Choose a regular time' }).click();
  await expect(page.getByLabel('Every week')).toBeChecked();
  await expect(page.getByLabel('Open with appreciations')).not.toBeChecked();
  await expect(page.getByLabel('Remind me with a notification')).not.toBeChecked();
  await expect(page.getByText('It only ever says “Time for your check-in”')).toBeVisible();
  await page.getByLabel('Open with appreciations').check();
  await hearth.screen('checkins-02-cadence');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Your next check-in is on|Your check-in is today/)).toBeVisible();

  // ── The check-in, each on our own: appreciations first, then Sam hidden, then Alex ──
  await page.getByRole('button', { name: 'Start a check-in now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a check-in');
  // The rhythm's choice of opening with appreciations is already ticked.
  await expect(page.getByRole('checkbox', { name: /Open with appreciations/ })).toBeChecked();
  await page.getByRole('radio', { name: 'Each on our own' }).check();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start with appreciation');
  await page.getByLabel(/Sam, tell Alex/).fill('you brought me soup when I had a cold last week');
  await page.getByRole('button', { name: 'Share it' }).click();
  await expect(page.getByLabel(/Alex, tell Sam/)).toBeVisible();
  await page.getByLabel(/Alex, tell Sam/).fill('you listened to the whole story about my boss on Monday');
  await page.getByRole('button', { name: 'Share it' }).click();
  await page.getByRole('button', { name: 'On to the questions' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who answers first?');
  await page.getByRole('button', { name: "I'm Sam" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam’s answers');
  await expect(page.getByRole('complementary', { name: 'Listening well' })).toBeVisible();
  const secret = 'the quiet week after the harbour trip';
  await page.getByLabel('How do you feel about the two of us lately?').fill('Closer than last month.');
  await page.getByLabel('Is there anything we can do to feel closer?').fill('A walk together after dinner.');
  await page.getByLabel('Was there anything that made you feel a little far from me?').fill(secret);
  await page.getByText('7', { exact: true }).click();
  await page.getByLabel("Keep my answers hidden until we've both answered").check();
  await hearth.screen('checkins-03-answering');
  await page.getByRole('button', { name: "I'm done" }).click();

  await expect(page.getByTestId('answered')).toHaveText('Sam has answered');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pass the computer to Alex');
  await expect(page.locator('body')).not.toContainText(secret);
  await expect(page.locator('body')).not.toContainText('Closer than last month.');
  await hearth.screen('checkins-04-handoff');

  await page.getByRole('button', { name: "I'm Alex, let's start" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alex’s answers');
  // Sam's hidden words are not in Alex's form either.
  await expect(page.locator('body')).not.toContainText(secret);
  await page.getByLabel('What was a moment this week when you felt close to me?').fill('Pancakes on Sunday morning.');
  // The number is optional: Alex chooses one, takes it back, and finishes without it.
  await page.getByText('8', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '8' })).toBeChecked();
  await page.getByText('No number', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'No number' })).toBeChecked();
  await hearth.screen('checkins-04b-no-number');
  await page.getByRole('button', { name: "I'm done" }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your check-in, side by side');
  await expect(page.getByText(secret)).toBeVisible();
  await expect(page.getByText('Pancakes on Sunday morning.')).toBeVisible();
  await expect(page.getByText('7 of 10')).toBeVisible();
  await expect(page.getByText('answered without a number')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/\b0 of 10|– of 10/);
  await hearth.screen('checkins-05-reveal');
  await page.getByRole('button', { name: 'Done' }).click();

  // When the last check-in was, and never a count of weeks in a row.
  await expect(page.getByTestId('last-checkin')).toHaveText('Your most recent check-in was today.');
  await expect(page.locator('body')).not.toContainText(/in a row|streak/i);
  await expect(page.getByText('Sam 7 of 10 · Alex no number')).toBeVisible();
  await expect(page.getByTestId('mode')).toHaveText('Each on our own');
  await page.getByText('Read answers').click();
  await expect(page.getByText(secret)).toBeVisible();
  await hearth.screen('checkins-06-history');

  await openSection(page, 'Home');
  await expect(page.getByRole('region', { name: 'Next check-in' })).toContainText(/check-in/);
  await hearth.screen('checkins-07-home');

  // ── "I appreciate you because…" ──
  await openSection(page, 'Exercises');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercises');
  await expect(page.getByRole('heading', { name: 'Eight everyday practices' })).toBeVisible();
  await hearth.screen('exercises-01-landing');
  await page.getByRole('button', { name: /Listen to understand/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listen to understand');
  await hearth.screen('exercises-02-practice');
  await page.getByRole('button', { name: 'All exercises' }).click();

  await page.getByRole('button', { name: 'Take turns' }).click();
  await page.getByRole('button', { name: 'Alex goes first' }).click();
  const field = page.getByLabel(/Alex, tell Sam/);
  await field.fill("you're nice");
  await expect(page.getByText(/Can you add a moment when you noticed it/)).toBeVisible();
  await hearth.screen('exercises-03-appreciation-hint');
  await field.fill('you remembered my sister’s birthday when I had forgotten');
  await expect(page.getByText('That is lovely and specific.')).toBeVisible();
  await page.getByRole('button', { name: 'Share it' }).click();
  await page.getByLabel(/Sam, tell Alex/).fill('you fixed my bike on Saturday without being asked');
  await page.getByRole('button', { name: 'Share it' }).click();
  await expect(page.getByRole('list', { name: 'Shared in this round' }).getByRole('listitem')).toHaveCount(2);
  // The aim of three each, for the two of you: never a tally of who has shared how many.
  await expect(page.getByText('About three each is a nice aim; finish whenever you like.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'This round' })).not.toContainText(/\d/);
  await hearth.screen('exercises-03b-appreciation-round');
  await page.getByRole('button', { name: 'Finish this round' }).click();
  await page.getByRole('button', { name: 'For Sam' }).click();
  await expect(page.getByText('I appreciate you because you remembered my sister’s birthday')).toBeVisible();
  await hearth.screen('exercises-04-appreciations');

  // ── Shared journal ──
  await page.getByRole('button', { name: 'All exercises' }).click();
  await page.getByRole('button', { name: 'Open the journal' }).click();
  await expect(page.getByRole('heading', { name: 'Prompt of the week' })).toBeVisible();
  const prompt = await page.locator('#week-title + p').textContent();
  await page.getByRole('button', { name: 'Answer this prompt' }).click();
  await page.getByRole('textbox', { name: prompt!.trim() }).fill('Walking home from the station in the snow, laughing.');
  await page.getByRole('group', { name: 'Written by' }).getByLabel('Alex', { exact: true }).check();
  await hearth.screen('exercises-05-journal-writing');
  await page.getByRole('button', { name: 'Save to the journal' }).click();
  await expect(page.getByText('Walking home from the station in the snow, laughing.')).toBeVisible();
  await expect(page.getByText("You've written about this one this week.")).toBeVisible();
  await hearth.screen('exercises-06-journal');

  // ── Love languages ──
  await page.getByRole('button', { name: 'All exercises' }).click();
  await page.getByRole('button', { name: 'Find your languages' }).click();
  await page.getByRole('button', { name: "Choose Sam's languages" }).click();
  await page.getByLabel('Hears love most in').selectOption('acts');
  await page.getByLabel('And also in').selectOption('touch');
  // How Sam shows love, beside how Sam hears it (the guide asks for both).
  await page.getByLabel('Shows love most by').selectOption('words');
  await page.getByLabel('And also by').selectOption('gifts');
  await page.getByRole('button', { name: 'Save' }).click();
  const sam = page.getByRole('region', { name: 'Sam', exact: true });
  await expect(sam.getByRole('definition').nth(2)).toHaveText('Words of affirmation and Receiving gifts');
  const alex = page.getByRole('region', { name: 'Alex', exact: true });
  await alex.getByRole('button', { name: 'Take the short quiz' }).click();
  for (let i = 1; i <= 10; i++) await alex.getByRole('group', { name: `Pair ${i} of 10` }).getByRole('radio').first().check();
  await expect(alex.getByRole('status')).toContainText('words of affirmation');
  await alex.getByRole('button', { name: 'Use these' }).click();
  await expect(sam.getByText('Shows love most by')).toBeVisible();
  await expect(alex.getByRole('definition').first()).toHaveText('Words of affirmation');
  await page.getByRole('group', { name: 'Who did it' }).getByLabel('Sam', { exact: true }).check();
  await expect(page.getByRole('heading', { name: 'Log something you did for Alex' })).toBeVisible();
  await expect(page.getByLabel('Language')).toHaveValue('words');
  await page.getByLabel(/What you did/).fill('A note in their lunchbox');
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByTestId('summary-b')).toContainText('The one thing done for Alex was in the languages Alex hears');
  await hearth.screen('exercises-07-love-languages');

  // ── Insights, with a few moments on the timeline too ──
  const entry = { body: '', endDate: null, author: 'both' as const, tags: [] };
  const hard = await core.timeline.create({ ...entry, kind: 'hard_moment', title: 'Sharp words about money', startDate: '2026-01-10', valence: -1 });
  const repair = await core.timeline.create({ ...entry, kind: 'repair', title: 'Talked it through on a walk', startDate: '2026-01-12', valence: 1 });
  await core.timeline.create({ ...entry, kind: 'quality_time', title: 'Film night', startDate: '2026-02-02', valence: 2 });
  await core.timeline.link({ from: hard.id, to: repair.id });

  await openSection(page, 'Insights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insights');
  const ratings = page.getByRole('region', { name: 'Connection ratings' });
  // Alex gave no number: one dot for Sam's 7, none for Alex (a gap, never a 0).
  await expect(ratings.getByTestId('ratings-chart').locator('svg circle')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Finding your way back' }).getByTestId('reading')).toContainText('2 days');
  // Appreciations and loving acts, counted for the two of you together: no partner's number beside the other's.
  for (const name of ['Appreciations shared', 'Love in each language']) await expect(page.getByRole('region', { name })).not.toContainText(/Sam|Alex/);
  await expect(page.getByRole('region', { name: 'Appreciations shared' }).getByTestId('reading')).toContainText('You shared 4 appreciations with each other');
  await hearth.screen('insights-01');
  await ratings.getByRole('button', { name: 'Show as table' }).click();
  await expect(ratings.getByRole('table')).toContainText('7');
  await expect(ratings.getByRole('row')).toHaveCount(2);
  await expect(ratings.getByRole('row').nth(1).getByRole('cell')).toHaveText(['7', '—', '—']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('insights-02-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('check-in together at the screen: one question at a time, turns, notes and a number each', async ({ hearth }) => {
  const { page } = hearth;
  await createVault(page, PASSPHRASE);
  await openSection(page, 'Check-ins');
  await page.getByRole('button', { name: 'Start a check-in now' }).click();

  // ── Choosing the way, by keyboard alone ──
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Start a check-in');
  await expect(heading).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Together at the screen' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Who speaks first?' })).toBeVisible();
  await hearth.screen('checkins-08-start');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Together at the screen' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Each on our own' })).toBeChecked();
  // Each on our own, without appreciations, nobody speaks first.
  await expect(page.getByRole('group', { name: 'Who speaks first?' })).toBeHidden();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Together at the screen' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Open with appreciations/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Sam' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Alex' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Begin' })).toBeFocused();
  await page.keyboard.press('Enter');

  // ── The first question: Alex answers first, Sam listens and says back what they heard ──
  await expect(heading).toHaveText('How do you feel about the two of us lately?');
  await expect(heading).toBeFocused();
  await expect(page.getByText('Question 1 of 4')).toBeVisible();
  await expect(page.getByTestId('turn')).toHaveText('Alex, your turn to answer, out loud');
  await expect(page.getByText('Sam, you listen')).toBeVisible();
  await expect(page.getByTestId('mirroring')).toHaveText('“What I heard you say is… Is there more?”');
  await expect(page.getByRole('complementary', { name: 'Listening well' })).toBeVisible();
  await page.getByLabel('Alex’s note').fill('Closer since the trip, a bit tired.');
  await hearth.screen('checkins-09-together-question');
  await page.getByRole('button', { name: 'Now Sam answers' }).click();
  await expect(page.getByTestId('turn')).toHaveText('Sam, your turn to answer, out loud');
  await expect(page.getByText('Alex, you listen')).toBeVisible();
  await page.getByLabel('Sam’s note').fill('Warm. I miss our Sunday walks.');
  await hearth.screen('checkins-10-together-swap');
  await page.emulateMedia({ colorScheme: 'dark' });
  await hearth.screen('checkins-10b-together-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Next question' }).click();

  // The second question: Sam goes first now. The couple steps away, and the notes are kept.
  await expect(heading).toHaveText('Is there anything we can do to feel closer?');
  await expect(page.getByTestId('turn')).toHaveText('Sam, your turn to answer, out loud');
  await page.getByLabel('Sam’s note').fill('A walk on Sunday, phones at home.');
  await page.getByRole('button', { name: 'Come back later' }).click();
  await expect(page.getByText('A check-in together at the screen is under way.')).toBeVisible();
  await page.getByRole('button', { name: 'Carry on with the check-in' }).click();
  await expect(heading).toHaveText('Is there anything we can do to feel closer?');
  await expect(page.getByLabel('Sam’s note')).toHaveValue('A walk on Sunday, phones at home.');
  // Who answers first swaps with each question: Sam on the second, Alex on the third, Sam on the fourth.
  for (const next of ['Now Alex answers', 'Next question', 'Now Sam answers', 'Next question', 'Now Alex answers']) {
    await page.getByRole('button', { name: next }).click();
  }
  await expect(heading).toHaveText('Was there anything that made you feel a little far from me?');
  await expect(page.getByTestId('turn')).toHaveText('Alex, your turn to answer, out loud');
  await page.getByRole('button', { name: 'On to how close you feel' }).click();

  // ── A number each, or none ──
  await expect(heading).toHaveText('How connected do you each feel right now?');
  await page.getByRole('group', { name: 'Sam' }).getByText('8', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Sam' }).getByRole('radio', { name: '8' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Alex' }).getByRole('radio', { name: 'No number' })).toBeChecked();
  await hearth.screen('checkins-11-together-ratings');
  await page.getByRole('button', { name: 'Finish the check-in' }).click();

  await expect(heading).toHaveText('Your check-in, together');
  await expect(page.getByText('Closer since the trip, a bit tired.')).toBeVisible();
  await expect(page.getByText('A walk on Sunday, phones at home.')).toBeVisible();
  await expect(page.getByText('8 of 10')).toBeVisible();
  await expect(page.getByText('answered without a number')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/\b0 of 10/);
  await hearth.screen('checkins-12-together-done');
  await page.getByRole('button', { name: 'Done' }).click();

  // ── The history says how it was done ──
  await expect(page.getByTestId('mode')).toHaveText('Together at the screen');
  await expect(page.getByText('Sam 8 of 10 · Alex no number')).toBeVisible();
  await page.getByText('Read notes').click();
  await expect(page.getByText('Warm. I miss our Sunday walks.')).toBeVisible();
  await hearth.screen('checkins-13-together-history');
  const [finished] = (await hearth.core.checkins.list({ after: null, limit: 20 })).items;
  expect(finished).toMatchObject({ mode: 'together', firstTurn: 'b', status: 'complete' });
  expect(finished!.sides.every((s) => !s.hidden)).toBe(true);
});

test('a check-in follows through on the plans since last time, and one thing is taken further in a reflection', async ({ hearth }) => {
  const { page, core } = hearth;
  await createVault(page, PASSPHRASE);
  // Plans made before this check-in: an aftermath both finished, and a request its writer chose to bring.
  // The core here takes what the dispatcher would pass on: arguments already given their defaults.
  const create = (input: NewReflectionInput) => core.reflections.create(NewReflectionInput.parse(input));
  const keys = await create({ type: 'aftermath', title: 'The car keys' });
  await core.reflections.saveSide({ id: keys.id, partner: 'a', expectedVersion: 1, done: true, side: AftermathAnswers.parse({ iCanDo: 'Pause before I answer.' }) });
  await core.reflections.saveSide({ id: keys.id, partner: 'b', expectedVersion: 1, done: true, side: AftermathAnswers.parse({ iCanDo: 'Leave the keys on the hook.' }) });
  await create({ type: 'conflict', title: 'Phones at dinner', author: 'b', answers: { request: 'Phones in the basket at dinner.', requestToCheckIn: true } });
  await create({ type: 'conflict', title: 'Private', author: 'a', answers: { request: 'A request kept to myself.' } });

  await openSection(page, 'Check-ins');
  await page.getByRole('button', { name: 'Start a check-in now' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();

  // ── Since last time, before the questions ──
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('The plans you made');
  await expect(heading).toBeFocused();
  const plans = page.getByTestId('follow-ups');
  await expect(plans.getByRole('listitem')).toHaveCount(3);
  await expect(plans).toContainText('Alex’s request, from “Phones at dinner”');
  await expect(plans).not.toContainText('A request kept to myself.');
  const mine = plans.getByRole('listitem').filter({ hasText: 'Pause before I answer.' });
  await mine.getByText('It went well').click();
  await mine.getByRole('textbox').fill('I paused, and it was easier.');
  const phones = plans.getByRole('listitem').filter({ hasText: 'Phones in the basket' });
  await phones.getByText('Not yet').click();
  await expect(phones.getByRole('radio', { name: 'Not yet' })).toBeChecked();
  await hearth.screen('checkins-14-since-last-time');
  await page.getByRole('button', { name: 'On to the questions' }).click();
  await expect(heading).toHaveText('How do you feel about the two of us lately?');

  for (const next of ['Now Alex answers', 'Next question', 'Now Sam answers', 'Next question', 'Now Alex answers', 'Next question', 'Now Sam answers', 'On to how close you feel']) {
    await page.getByRole('button', { name: next }).click();
  }
  await page.getByRole('button', { name: 'Finish the check-in' }).click();
  await expect(heading).toHaveText('Your check-in, together');
  const since = page.getByRole('region', { name: 'Since last time' });
  await expect(since).toContainText('It went well: I paused, and it was easier.');
  await expect(since).toContainText('Not yet');
  await expect(since).toContainText('Not talked about');
  await page.getByRole('heading', { name: 'Did one thing need more time?' }).scrollIntoViewIfNeeded();
  await hearth.screen('checkins-15-take-further');

  // ── One thing taken further, linked to the check-in ──
  await page.getByRole('button', { name: 'Write a conflict reflection' }).click();
  await expect(heading).toHaveText('Let’s begin');
  await page.getByLabel('Title').fill('The distance this week');
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(heading).toHaveText('What happened');
  const [checkIn] = (await core.checkins.list({ after: null, limit: 20 })).items;
  expect(checkIn!.followUps.map((f) => [f.plan, f.outcome, f.note])).toEqual([
    ['Pause before I answer.', 'went_well', 'I paused, and it was easier.'],
    ['Leave the keys on the hook.', null, ''],
    ['Phones in the basket at dinner.', 'not_yet', ''],
  ]);
  expect(checkIn!.begun).toMatchObject([{ type: 'conflict', title: 'The distance this week' }]);

  // The history reads it back.
  await openSection(page, 'Check-ins');
  await page.getByText('Read notes').click();
  await expect(page.getByRole('region', { name: 'Begun from this check-in' })).toContainText('The distance this week');
});
