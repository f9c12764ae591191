import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerId } from '../../../shared/basics';
import { CHECKIN_MIRRORING } from '../../../shared/checkins';
import { AftermathAnswers, type AftermathReflection } from '../../../shared/reflections';
import { draftStore, installFakeHearth, session } from '../testing/fake-hearth';
import WriteSide from './WriteSide.svelte';
import { reflectionBase } from '../testing/fixtures';

const ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const NOW = '2026-03-06T19:00:00.000Z';
const ACCOUNT = 'I felt rushed, and everyone in the car park was watching.';
/** In every other answer of Sam's side: none of it may reach Alex's screen. */
const HIDDEN = 'Hidden-from-Alex';

const samsSide = (showMyReality: boolean) =>
  AftermathAnswers.parse({
    myReality: ACCOUNT,
    showMyReality,
    listenerSummary: `${HIDDEN} heard`,
    validation: `${HIDDEN} sense`,
    triggers: `${HIDDEN} triggers`,
    regret: `${HIDDEN} regret`,
    iCanDo: `${HIDDEN} next time`,
  });

/** A fake core holding one aftermath, saving each side as the real one does (its own version, the other untouched). */
function fakeCore(a: AftermathAnswers, b: AftermathAnswers = AftermathAnswers.parse({}), done = { a: false, b: false }) {
  const side = (answers: AftermathAnswers, isDone: boolean) => ({ answers, done: isDone, version: 2, updatedAt: NOW });
  let reflection: AftermathReflection = {
    ...reflectionBase(ID, NOW),
    type: 'aftermath',
    author: 'both',
    title: 'The car park',
    sides: { a: side(a, done.a), b: side(b, done.b) },
    bothDone: done.a && done.b,
  };
  const { handlers } = draftStore([], NOW);
  const saves: { partner: PartnerId; side: AftermathAnswers }[] = [];
  installFakeHearth({
    'reflections.get': () => reflection,
    'reflections.saveSide': (arg) => {
      const input = arg as { partner: PartnerId; side: unknown; done?: boolean };
      const answers = AftermathAnswers.parse(input.side);
      saves.push({ partner: input.partner, side: answers });
      const old = reflection.sides[input.partner];
      const sides = { ...reflection.sides, [input.partner]: { answers, done: input.done ?? old.done, version: old.version + 1, updatedAt: NOW } };
      reflection = { ...reflection, sides, bothDone: sides.a.done && sides.b.done };
      return reflection;
    },
    ...handlers,
  });
  return { saves, reflection: () => reflection };
}

/** Open a partner's side and go to step 2 with the keyboard. */
async function stepTwo(partner: PartnerId) {
  const user = userEvent.setup();
  render(WriteSide, { props: { id: ID, partner, partners: session.partners, onSaved: () => {} } });
  await screen.findByRole('heading', { level: 1, name: 'How I felt' });
  const next = screen.getByRole('button', { name: /Next/ });
  next.focus();
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 1, name: 'How it was for each of us' });
  return user;
}

const before = (x: Element, y: Element) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('aftermath step 2 for the listener, when the other partner has shown their account', () => {
  it('quotes the account with whose it is, then the mirroring prompt, what I heard, what makes sense, and my own last', async () => {
    fakeCore(samsSide(true));
    const user = await stepTwo('b');

    const shown = screen.getByRole('region', { name: 'How it was for Sam, in their words' });
    expect(within(shown).getByText(ACCOUNT).tagName).toBe('BLOCKQUOTE');
    expect(shown).toHaveTextContent('Sam chose to show you this now.');
    expect(screen.getByTestId('mirroring')).toHaveTextContent(`“${CHECKIN_MIRRORING}”`);
    // Nothing else of Sam's unfinished side is on the screen.
    expect(document.body).not.toHaveTextContent(HIDDEN);

    const heard = screen.getByLabelText('What I heard of Sam’s side');
    const sense = screen.getByLabelText('What makes sense to me in it');
    const mine = screen.getByLabelText('How it looked and felt from where I stood');
    expect(before(shown, screen.getByTestId('mirroring'))).toBe(true);
    expect(before(screen.getByTestId('mirroring'), heard)).toBe(true);
    expect(before(heard, sense) && before(sense, mine)).toBe(true);
    // The prompt is read out with the field it is for.
    expect(heard.getAttribute('aria-describedby')).toContain('side-mirroring');
    expect(heard).toHaveAccessibleDescription(/What I heard you say is… Is there more\?/);

    // The keyboard goes the same way: from the step's heading to what I heard, what makes sense, my own, my choice.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.tab();
    expect(heard).toHaveFocus();
    await user.keyboard('You felt rushed, and watched.');
    await user.tab();
    expect(sense).toHaveFocus();
    await user.tab();
    expect(mine).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Show this to Sam now' })).toHaveFocus();
  });

  it('saves only the listener’s own words: the account is never copied into their side', async () => {
    const core = fakeCore(samsSide(true));
    const user = await stepTwo('b');
    await user.type(screen.getByLabelText('What I heard of Sam’s side'), 'You felt rushed.');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'What it touched in me' });
    const saved = core.saves.at(-1)!;
    expect(saved).toMatchObject({ partner: 'b', side: { listenerSummary: 'You felt rushed.', myReality: '', showMyReality: false } });
    expect(JSON.stringify(saved.side)).not.toContain(ACCOUNT);
    expect(core.reflection().sides.a.answers).toEqual(samsSide(true));
  });

  it('stays as it always was when the account is not shown: my own first, nothing of the other side', async () => {
    fakeCore(samsSide(false));
    await stepTwo('b');
    expect(screen.queryByRole('region', { name: /How it was for Sam/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('mirroring')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(ACCOUNT);
    expect(document.body).not.toHaveTextContent(HIDDEN);
    const mine = screen.getByLabelText('How it looked and felt from where I stood');
    expect(before(mine, screen.getByLabelText('What I heard of Sam’s side'))).toBe(true);
    expect(screen.getByLabelText('What I heard of Sam’s side')).toHaveAccessibleDescription(/After Sam has told you how it was for them/);
  });
});

describe('aftermath step 2 for the partner who speaks first', () => {
  it('shows nothing until they choose to, by keyboard, and can take it back', async () => {
    const core = fakeCore(AftermathAnswers.parse({}));
    const user = await stepTwo('a');
    const show = screen.getByRole('checkbox', { name: 'Show this to Alex now' });
    expect(show).not.toBeChecked();
    expect(show).toHaveAccessibleDescription(/Nothing else of your side is shown/);

    await user.type(screen.getByLabelText('How it looked and felt from where I stood'), ACCOUNT);
    await user.tab();
    expect(show).toHaveFocus();
    await user.keyboard(' ');
    expect(show).toBeChecked();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'What it touched in me' });
    expect(core.saves.at(-1)).toMatchObject({ partner: 'a', side: { myReality: ACCOUNT, showMyReality: true } });

    await user.click(screen.getByRole('button', { name: /Back/ }));
    await screen.findByRole('heading', { level: 1, name: 'How it was for each of us' });
    const again = screen.getByRole('checkbox', { name: 'Show this to Alex now' });
    expect(again).toBeChecked();
    await user.click(again);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'What it touched in me' });
    expect(core.saves.at(-1)).toMatchObject({ partner: 'a', side: { myReality: ACCOUNT, showMyReality: false } });
  });

  it('offers no choice, and quotes nothing, once both sides are done: both are read in full on the aftermath’s page', async () => {
    fakeCore(AftermathAnswers.parse({ myReality: 'Mine.' }), AftermathAnswers.parse({ myReality: 'Theirs.', showMyReality: true }), { a: true, b: true });
    await stepTwo('a');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByTestId('shown-account')).not.toBeInTheDocument();
    expect(before(screen.getByLabelText('How it looked and felt from where I stood'), screen.getByLabelText('What I heard of Alex’s side'))).toBe(true);
  });
});
