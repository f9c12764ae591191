import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AftermathAnswers, type AftermathReflection } from '../../../shared/reflections';
import { session } from '../testing/fake-hearth';
import { reflectionBase } from '../testing/fixtures';
import AftermathRead from './AftermathRead.svelte';

const side = (done: boolean, myReality: string) => ({
  answers: AftermathAnswers.parse({ myReality }),
  done,
  version: done ? 2 : 1,
  updatedAt: done ? '2026-03-06T19:00:00.000Z' : null,
});

function aftermath(aDone: boolean, bDone: boolean): AftermathReflection {
  return {
    ...reflectionBase('5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f', '2026-03-06T18:00:00.000Z'),
    updatedAt: '2026-03-06T19:00:00.000Z',
    type: 'aftermath',
    author: 'both',
    title: 'The car park',
    sides: { a: side(aDone, 'I felt rushed.'), b: side(bDone, 'I thought we said six.') },
    bothDone: aDone && bDone,
  };
}

describe('an aftermath’s two sides', () => {
  it('keeps a finished side from the other partner until both are done, and offers the other the pen', async () => {
    const onWrite = vi.fn();
    render(AftermathRead, { props: { reflection: aftermath(true, false), partners: session.partners, onWrite } });
    expect(screen.queryByText('I felt rushed.')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Sides' })).toHaveTextContent(/Sam’s side\s*Done/);
    expect(screen.getByRole('radio', { name: 'Alex' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start Alex’s side' }));
    expect(onWrite).toHaveBeenCalledWith('b');
  });

  it('shows both sides side by side once both are done', () => {
    render(AftermathRead, { props: { reflection: aftermath(true, true), partners: session.partners, onWrite: () => {} } });
    expect(screen.getByRole('region', { name: 'Sam’s side' })).toHaveTextContent('I felt rushed.');
    expect(screen.getByRole('region', { name: 'Alex’s side' })).toHaveTextContent('I thought we said six.');
    expect(screen.queryByRole('list', { name: 'Sides' })).not.toBeInTheDocument();
  });
});
