import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConflictAnswers, ForgivenessAnswers } from '../../../shared/reflections';
import { draftStore, installFakeHearth, session } from '../testing/fake-hearth';
import { reflectionBase } from '../testing/fixtures';
import WriteSolo from './WriteSolo.svelte';

const ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const NOW = '2026-03-06T19:00:00.000Z';

/** A fake core that keeps one reflection and answers like the real one. */
function fakeCore(type: 'conflict' | 'forgiveness') {
  let saved: Record<string, unknown> | null = null;
  const { drafts, handlers } = draftStore([], NOW);
  const reflection = (input: Record<string, unknown>, version: number) => ({
    ...reflectionBase(ID, NOW),
    type,
    title: input.title,
    author: input.author,
    answers: (type === 'conflict' ? ConflictAnswers : ForgivenessAnswers).parse(input.answers ?? {}),
    version,
    ...(type === 'forgiveness' ? { checkBacks: [] } : {}),
  });
  const fake = installFakeHearth({
    'reflections.create': (arg) => (saved = reflection(arg as Record<string, unknown>, 1)),
    'reflections.update': (arg) => (saved = reflection(arg as Record<string, unknown>, ((saved?.version as number) ?? 1) + 1)),
    'reflections.get': () => saved,
    ...handlers,
  });
  return { fake, drafts, saved: () => saved };
}

async function showConflict() {
  const core = fakeCore('conflict');
  const user = userEvent.setup();
  render(WriteSolo, { props: { type: 'conflict', id: null, partners: session.partners, onSaved: () => {}, onClose: () => {}, onExport: () => {} } });
  await screen.findByRole('heading', { level: 1, name: 'Let’s begin' });
  return { ...core, user };
}

function progress() {
  const bar = screen.getByRole('progressbar', { name: 'Progress' });
  return { now: bar.getAttribute('aria-valuenow'), max: bar.getAttribute('aria-valuemax'), text: bar.getAttribute('aria-valuetext') };
}

describe('the conflict reflection form', () => {
  it('goes step by step with the keyboard alone, and the progress says where you are', async () => {
    const { user, saved } = await showConflict();
    expect(progress()).toEqual({ now: '1', max: '12', text: 'Step 1 of 12: Let’s begin' });
    expect(screen.getByText('Step 1 of 12')).toBeInTheDocument();

    // The step's heading has focus; Tab goes to the title. Enter without one: it is asked for, and focus stays there
    expect(screen.getByRole('heading', { level: 1, name: 'Let’s begin' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Title')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Give this reflection a short title/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveFocus());
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');

    await user.keyboard('Phones at dinner{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What happened' });
    expect(progress().now).toBe('2');
    expect(screen.getByRole('heading', { level: 1, name: 'What happened' })).toHaveFocus();
    expect(saved()).toMatchObject({ title: 'Phones at dinner', author: 'a' });

    await user.tab();
    expect(screen.getByLabelText('What happened')).toHaveFocus();
    await user.keyboard('You looked at your phone.');
    // Tab to Back, then Next; Enter moves on
    await user.tab();
    expect(screen.getByRole('button', { name: /Back/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: /Next/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What I felt' });
    expect(progress()).toMatchObject({ now: '3', text: 'Step 3 of 12: What I felt' });

    // Feelings: Tab to a chip, Space or Enter chooses it, then an intensity with the arrow keys
    const hurt = screen.getByRole('button', { name: 'hurt' });
    expect(hurt).toHaveAttribute('aria-pressed', 'false');
    while (document.activeElement !== hurt) await user.tab();
    await user.keyboard(' ');
    expect(hurt).toHaveAttribute('aria-pressed', 'true');
    const lonely = screen.getByRole('button', { name: 'lonely' });
    while (document.activeElement !== lonely) await user.tab();
    await user.keyboard('{Enter}');
    expect(lonely).toHaveAttribute('aria-pressed', 'true');

    const strength = screen.getByRole('group', { name: 'hurt' });
    expect(screen.getByRole('radio', { name: 'hurt: 3 of 5, quite' })).toBeChecked();
    while (!strength.contains(document.activeElement)) await user.tab();
    expect(screen.getByRole('radio', { name: 'hurt: 3 of 5, quite' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'hurt: 4 of 5, strongly' })).toBeChecked();
    expect(screen.getByTestId('soft-startup-preview')).toHaveTextContent('I feel hurt and lonely about what happened when you looked at your phone');

    while (document.activeElement !== screen.getByRole('button', { name: /Next/ })) await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What I needed' });
    expect(saved()).toMatchObject({ answers: { feelings: [{ feeling: 'hurt', intensity: 4 }, { feeling: 'lonely', intensity: 3 }], observation: 'You looked at your phone.' } });
  });

  it('builds the soft start-up live from the answers until it is edited', async () => {
    const { user } = await showConflict();
    await user.type(screen.getByLabelText('Title'), 'Late again{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What happened' });
    await user.type(screen.getByLabelText('What happened'), 'On Friday we both went quiet.');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'What I felt' });
    const preview = screen.getByTestId('soft-startup-preview');
    expect(preview).toHaveTextContent("I'd like to talk about what happened on Friday we both went quiet, and I would like us to understand each other.");
    await user.click(screen.getByRole('button', { name: 'sad' }));
    expect(preview).toHaveTextContent('I feel sad about what happened on Friday we both went quiet, and I would like us to understand each other.');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'What I needed' });
    await user.click(screen.getByRole('button', { name: 'reassurance' }));
    await user.type(screen.getByLabelText('Something else I needed'), 'to hear how your week was');
    expect(screen.getByTestId('soft-startup-preview')).toHaveTextContent(
      'I feel sad about what happened on Friday we both went quiet, and I need reassurance and to hear how your week was.',
    );

    await user.selectOptions(screen.getByLabelText('Go to step'), '10. A gentle way to start');
    await screen.findByRole('heading', { level: 1, name: 'A gentle way to start' });
    const soft = screen.getByLabelText('My softened start-up');
    expect(soft).toHaveValue('I feel sad about what happened on Friday we both went quiet, and I need reassurance and to hear how your week was.');
    await user.clear(soft);
    await user.type(soft, 'I miss you on Fridays.');
    expect(soft).toHaveValue('I miss you on Fridays.');
    await user.click(screen.getByRole('button', { name: 'Use this instead' }));
    expect(screen.getByLabelText('My softened start-up')).toHaveValue(
      'I feel sad about what happened on Friday we both went quiet, and I need reassurance and to hear how your week was.',
    );
  });

  it('labels every field for a screen reader', async () => {
    const { user } = await showConflict();
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Who is writing?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Sam' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Alex' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Keys{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What happened' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to step' }), '8. Patterns I noticed');
    await screen.findByRole('heading', { level: 1, name: 'Patterns I noticed' });
    expect(screen.getByRole('checkbox', { name: /Contempt/ })).toHaveAccessibleName('Contempt');
    expect(screen.getByRole('checkbox', { name: 'Contempt' })).toHaveAccessibleDescription('mocking, eye-rolling, speaking from above');
    expect(screen.getByRole('group', { name: 'The patterns I noticed, in either of us' })).toBeInTheDocument();
  });

  it('checks the story the way a thought record does: a rating that can be cleared, what fits, what does not, a kinder version', async () => {
    const { user, saved } = await showConflict();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Keys{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What happened' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to step' }), '6. Looking at the story again');
    await screen.findByRole('heading', { level: 1, name: 'Looking at the story again' });

    const then = screen.getByRole('slider', { name: 'How strongly I believed it then' });
    expect(then).toHaveAttribute('aria-valuetext', 'Not rated');
    await fireEvent.input(then, { target: { value: '80' } });
    expect(then).toHaveAttribute('aria-valuetext', '80 out of 100');
    await user.type(screen.getByRole('textbox', { name: 'What does not fit it' }), 'You had texted that you would be late.');
    await user.type(screen.getByRole('textbox', { name: 'A kinder way to tell it' }), 'You were tired, not ignoring me.');
    const now = screen.getByRole('slider', { name: 'How strongly I believe the first story now' });
    await fireEvent.input(now, { target: { value: '30' } });
    await user.click(screen.getByRole('button', { name: 'Clear: How strongly I believe the first story now' }));
    expect(now).toHaveAttribute('aria-valuetext', 'Not rated');
    await fireEvent.input(now, { target: { value: '25' } });

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'My part in it' });
    expect(saved()).toMatchObject({
      answers: { storyBelief: 80, storyAgainst: 'You had texted that you would be late.', storyKinder: 'You were tired, not ignoring me.', storyBeliefAfter: 25, storyFor: '' },
    });
  });
});

describe('the forgiveness reflection form', () => {
  it('forgiving myself adds a step to make it right, and a commitment takes today’s date when it is first written', async () => {
    const { saved } = fakeCore('forgiveness');
    const user = userEvent.setup();
    render(WriteSolo, { props: { type: 'forgiveness', id: null, partners: session.partners, onSaved: () => {}, onClose: () => {}, onExport: () => {} } });
    await screen.findByRole('heading', { level: 1, name: 'Let’s begin' });
    expect(progress().max).toBe('8');
    expect(screen.getByRole('radio', { name: 'Someone else' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Myself' }));
    expect(progress().max).toBe('9');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'What I said at the party{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'What I did, as I remember it' });
    expect(saved()).toMatchObject({ answers: { toward: 'myself' } });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to step' }), '4. Making it right');
    await screen.findByRole('heading', { level: 1, name: 'Making it right' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to step' }), '8. Making it real');
    await screen.findByRole('heading', { level: 1, name: 'Making it real' });
    const date = screen.getByLabelText('Its date');
    expect(date).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'My commitment' }), 'I forgive myself.');
    const today = new Date();
    const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(date).toHaveValue(local);
    await fireEvent.change(date, { target: { value: '2026-03-01' } });
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'Holding on to it' });
    expect(saved()).toMatchObject({ answers: { toward: 'myself', commitment: 'I forgive myself.', commitmentOn: '2026-03-01' } });
  });
});
