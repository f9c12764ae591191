import '../testing/chart-shims';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrivacySettings } from '../../../shared/privacy';
import { DEFAULT_PRIVACY } from '../../../shared/privacy-defaults';
import App from '../app/App.svelte';
import { installFakeHearth } from '../testing/fake-hearth';
import { textSize, TextSizeState } from './text-size.svelte';
import TextSize from './TextSize.svelte';

const root = document.documentElement;

/** preferences.json as the core keeps it: per computer, read before any vault is open. */
function fakePreferences(kept: Partial<PrivacySettings> = {}) {
  const prefs = { settings: { ...DEFAULT_PRIVACY, ...kept } };
  const fake = installFakeHearth({
    'app.status': () => ({ state: 'locked' }),
    'vaults.list': () => [],
    'privacy.get': () => prefs.settings,
    'privacy.set': (change) => (prefs.settings = { ...prefs.settings, ...(change as Partial<PrivacySettings>) }),
  });
  return { prefs, fake };
}

/** A reload: a new page starts from the system's size, with nothing of the old page's state. */
function reload() {
  root.removeAttribute('style');
  delete root.dataset.textSize;
}

describe('Settings › Text size', () => {
  afterEach(reload);

  it('applies a size to the whole interface at once through the root font size, and keeps it on this computer', async () => {
    const { prefs, fake } = fakePreferences();
    const user = userEvent.setup();
    render(TextSize);
    const group = screen.getByRole('group', { name: 'Text size' });
    expect(group).toBeInTheDocument();
    for (const name of ['Small', 'Default', 'Large', 'Larger']) expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Default' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Large' }));
    expect(root.style.fontSize).toBe('112.5%');
    await waitFor(() => expect(screen.getByText('Large text, kept on this computer.')).toBeInTheDocument());
    expect(prefs.settings.textSize).toBe('large');
    expect(fake.calls).toContainEqual({ method: 'privacy.set', arg: { textSize: 'large' } });

    await user.click(screen.getByRole('radio', { name: 'Default' }));
    expect(root.style.fontSize).toBe('');
    expect(prefs.settings.textSize).toBe('default');
  });

  it('is kept across a reload, and the locked window (the unlock screen) is drawn at it', async () => {
    const { prefs } = fakePreferences();
    const user = userEvent.setup();
    render(TextSize);
    await user.click(screen.getByRole('radio', { name: 'Larger' }));
    await waitFor(() => expect(prefs.settings.textSize).toBe('larger'));

    reload();
    expect(root.style.fontSize).toBe('');
    const after = new TextSizeState();
    await after.load();
    expect(after.size).toBe('larger');
    expect(root.style.fontSize).toBe('125%');

    // The whole app, started with no vault open, reads it before anything is unlocked.
    reload();
    render(App);
    await waitFor(() => expect(root.style.fontSize).toBe('125%'));
    expect(root.dataset.textSize).toBe('larger');
  });

  it('goes back to the size it had and says so when the size cannot be kept', async () => {
    installFakeHearth({
      'privacy.get': () => DEFAULT_PRIVACY,
      'privacy.set': () => ({ error: { code: 'IO', message: 'Disk full.' } }),
    });
    await textSize.load();
    const user = userEvent.setup();
    render(TextSize);
    await user.click(screen.getByRole('radio', { name: 'Small' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
    expect(root.style.fontSize).toBe('');
    expect(screen.getByRole('radio', { name: 'Default' })).toBeChecked();
  });
});
