import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { installFakeHearth } from '../testing/fake-hearth';
import CadenceForm from './CadenceForm.svelte';

describe('the check-in rhythm form', () => {
  it('says plainly that reminders come only while Hearth is open and unlocked', () => {
    installFakeHearth({});
    render(CadenceForm, { cadence: null, onSaved: () => undefined, onCancel: () => undefined });
    const remind = screen.getByRole('checkbox', { name: /Remind me with a notification/ });
    expect(remind).toHaveAccessibleName(/Reminders come only while Hearth is open and unlocked/);
  });
});
