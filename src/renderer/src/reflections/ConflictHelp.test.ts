import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { BARRIERS, ConflictAnswers, HORSEMAN_ANTIDOTES, type ConflictReflection } from '../../../shared/reflections';
import { draftStore, installFakeHearth, session } from '../testing/fake-hearth';
import { reflectionBase } from '../testing/fixtures';
import BarriersHelp from './BarriersHelp.svelte';
import ConflictRead from './ConflictRead.svelte';
import WriteSolo from './WriteSolo.svelte';
import { CONFLICT_STEPS } from './steps';

// jsdom has <dialog> but not its modal methods; the app's Dialog opens with showModal.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const NOW = '2026-03-06T19:00:00.000Z';

/** A saved conflict reflection, opened at the step named `stepId`, with a fake core that saves like the real one. */
async function openAt(stepId: string) {
  const step = CONFLICT_STEPS.findIndex((s) => s.id === stepId);
  expect(step).toBeGreaterThan(-1);
  let saved: ConflictReflection = {
    ...reflectionBase(ID, NOW),
    type: 'conflict',
    title: 'Phones at dinner',
    author: 'a',
    answers: ConflictAnswers.parse({ observation: 'You looked at your phone.' }),
  };
  const { handlers } = draftStore([], NOW);
  installFakeHearth({
    'reflections.get': () => saved,
    'reflections.update': (arg) => {
      const input = arg as { title: string; answers: unknown };
      saved = { ...saved, title: input.title, answers: ConflictAnswers.parse(input.answers), version: saved.version + 1 };
      return saved;
    },
    ...handlers,
  });
  render(WriteSolo, { props: { type: 'conflict', id: ID, step, partners: session.partners, onSaved: () => {}, onClose: () => {}, onExport: () => {} } });
  return { user: userEvent.setup(), saved: () => saved };
}

const antidote = (name: string) => screen.queryByTestId(`antidote-${name}`);

describe('the Four Horsemen and their antidotes', () => {
  it('shows a pattern’s antidote and a way to practise it in Hearth once it is ticked, and hides it when unticked', async () => {
    const { user, saved } = await openAt('horsemen');
    await screen.findByRole('heading', { level: 1, name: 'Patterns I noticed' });
    for (const h of ['criticism', 'contempt', 'defensiveness', 'stonewalling']) expect(antidote(h)).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Criticism' }));
    const criticism = antidote('criticism')!;
    expect(criticism).toHaveTextContent('What helps instead: a gentle start-up');
    expect(criticism).toHaveTextContent('“I feel … about …, and I need …”');
    expect(criticism).toHaveTextContent(`Try it in Hearth: ${HORSEMAN_ANTIDOTES.criticism.practise}`);

    await user.click(screen.getByRole('checkbox', { name: 'Contempt' }));
    expect(antidote('contempt')).toHaveTextContent('What helps instead: a habit of appreciation');
    expect(antidote('contempt')).toHaveTextContent('“I appreciate you because…” in Exercises');
    await user.click(screen.getByRole('checkbox', { name: 'Defensiveness' }));
    expect(antidote('defensiveness')).toHaveTextContent('What helps instead: taking responsibility for a part');
    expect(antidote('defensiveness')).toHaveTextContent('“My part in it”');
    await user.click(screen.getByRole('checkbox', { name: 'Stonewalling' }));
    expect(antidote('stonewalling')).toHaveTextContent('twenty minutes or more');
    expect(antidote('stonewalling')).toHaveTextContent('“Save and close” keeps every word');

    // Each appears inside a polite live region, so a screen reader hears it as it appears
    expect(antidote('stonewalling')!.closest('[aria-live="polite"]')).not.toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Contempt' }));
    expect(antidote('contempt')).not.toBeInTheDocument();
    expect(antidote('criticism')).toBeInTheDocument();

    // The gentle start-up is one step away: the button goes there, saving on the way, and lands on its heading
    await user.click(within(criticism).getByRole('button', { name: 'Go to “A gentle way to start”' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'A gentle way to start' });
    expect(heading).toHaveFocus();
    expect(saved().answers.horsemen).toEqual(['criticism', 'defensiveness', 'stonewalling']);
  });

  it('shows each pattern noticed with its antidote when the reflection is read, and nothing for the others', () => {
    render(ConflictRead, { props: { answers: ConflictAnswers.parse({ horsemen: ['stonewalling', 'defensiveness'] }) } });
    const patterns = screen.getByRole('heading', { name: 'Patterns I noticed' }).closest('section')!;
    const items = within(patterns).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.font-semibold')?.textContent)).toEqual(['Defensiveness', 'Stonewalling']);
    expect(items[0]).toHaveTextContent(HORSEMAN_ANTIDOTES.defensiveness.how);
    expect(items[1]).toHaveTextContent(HORSEMAN_ANTIDOTES.stonewalling.how);
    expect(antidote('criticism')).not.toBeInTheDocument();
    expect(antidote('contempt')).not.toBeInTheDocument();
  });
});

describe('what can get in the way: the barriers page', () => {
  it('opens from the barrier step by keyboard, explains the six barriers with a thing to try for each, and closes with Escape', async () => {
    const { user } = await openAt('barriers');
    await screen.findByRole('heading', { level: 1, name: 'What got in the way' });
    await user.click(screen.getByRole('checkbox', { name: 'Old wounds that were touched' }));

    const open = screen.getByRole('button', { name: 'What these mean, and one small thing to try for each' });
    expect(open).toHaveAttribute('aria-haspopup', 'dialog');
    while (document.activeElement !== open) await user.tab();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'What can get in the way of closeness' });
    const barriers = within(dialog).getAllByRole('listitem');
    expect(barriers).toHaveLength(BARRIERS.length);
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace('Ticked here', '').trim())).toEqual([
      'Fear of vulnerability',
      'Communication skills',
      'Past wounds',
      'Unrealistic expectations',
      'Lack of time and effort',
      'Different communication styles',
    ]);
    for (const b of barriers) expect(b).toHaveTextContent(/One small thing to try: \S/);
    expect(barriers[1]).toHaveTextContent(/listening/);
    expect(barriers[1]).toHaveTextContent(/a face, a tone or a silence/);
    expect(barriers[3]).toHaveTextContent(/No one can read minds/);
    // The one ticked in this reflection is marked, and each names the box it is ticked with
    expect(barriers[2]).toHaveTextContent('Ticked here');
    expect(barriers.filter((b) => b.textContent?.includes('Ticked here'))).toHaveLength(1);
    expect(barriers[2]).toHaveTextContent('In this reflection: “Old wounds that were touched”');
    // Reading starts at the top, not at the Close button at the end
    expect(within(dialog).getByText(/Six things often stand between two people/)).toHaveFocus();

    // Escape is the dialog's "cancel" (the browser sends it; jsdom cannot): it closes
    await fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The step is where it was, with its answer
    expect(screen.getByRole('checkbox', { name: 'Old wounds that were touched' })).toBeChecked();
  });

  it('is there from a reflection being read too, and its Close button closes it', async () => {
    render(BarriersHelp, { props: { chosen: [] } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /What these mean/ }));
    const dialog = await screen.findByRole('dialog', { name: 'What can get in the way of closeness' });
    expect(within(dialog).queryByText('Ticked here')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
