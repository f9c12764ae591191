import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeHearth, type FakeHearth } from '../testing/fake-hearth';
import RecoveryKit from './RecoveryKit.svelte';

const code = 'K7QM-2XWD-9HFP-B3TR-VN6C-JY4E-8GZA-LQ5S-MDP2-W9XK';

describe('RecoveryKit', () => {
  let fake: FakeHearth;

  beforeEach(() => {
    fake = installFakeHearth({});
  });

  function show() {
    const onDone = vi.fn();
    render(RecoveryKit, { props: { code, vaultName: 'Our place', onDone } });
    return { onDone, user: userEvent.setup() };
  }

  it('shows the code group by group', () => {
    show();
    const groups = screen.getByRole('list', { name: /Recovery code/ });
    expect(groups.querySelectorAll('li')).toHaveLength(10);
    expect(groups).toHaveTextContent('Group 3');
    expect(groups).toHaveTextContent('9HFP');
  });

  it('keeps Continue disabled until groups 3 and 9 are typed correctly', async () => {
    const { user, onDone } = show();
    await user.click(screen.getByRole('button', { name: "I've written it down" }));
    // The code is hidden while checking, so it is typed from the paper.
    expect(screen.queryByText('9HFP')).not.toBeInTheDocument();
    const proceed = screen.getByRole('button', { name: 'Continue' });
    expect(proceed).toBeDisabled();

    await user.type(screen.getByLabelText('Group 3'), '9HFP');
    await user.type(screen.getByLabelText('Group 9'), 'MDP3');
    expect(proceed).toBeDisabled();

    await user.clear(screen.getByLabelText('Group 9'));
    await user.type(screen.getByLabelText('Group 9'), 'mdp2');
    expect(proceed).toBeEnabled();
    await user.click(proceed);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('offers no way to save the code to a file, only Print, with the advice beside it', () => {
    show();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect(screen.getByText(/keep it off this computer/)).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = show();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
