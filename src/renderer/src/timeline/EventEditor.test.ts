import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure, installFakeHearth, session } from '../testing/fake-hearth';
import EventEditor from './EventEditor.svelte';

const saved = {
  id: '5d0c8e52-3a4b-4c6d-8e9f-0a1b2c3d4e5f',
  kind: 'memory',
  title: 'Picnic by the river',
  body: 'Under the willow.',
  startDate: '2021-06-12',
  endDate: null,
  author: 'both',
  valence: 2,
  tags: ['summer'],
  version: 2,
  createdAt: '2021-06-12T10:00:00.000Z',
  updatedAt: '2021-06-13T10:00:00.000Z',
  deletedAt: null,
  photos: [],
  links: [],
  reflections: [],
};

function setup(handlers: Record<string, (arg: unknown) => unknown> = {}, props: { id?: string | null; title?: string } = {}) {
  const fake = installFakeHearth({
    'timeline.get': () => saved,
    'timeline.tags': () => [{ tag: 'summer', count: 3 }],
    'drafts.get': () => null,
    'drafts.save': (arg) => ({ ...(arg as object), savedAt: '2026-03-01T10:00:00.000Z' }),
    'drafts.discard': () => undefined,
    'timeline.create': (arg) => ({ ...saved, ...(arg as object), id: saved.id, version: 1 }),
    ...handlers,
  });
  const onSaved = vi.fn();
  const onClose = vi.fn();
  render(EventEditor, { props: { id: props.id ?? null, title: props.title, partners: session.partners, onSaved, onClose } });
  return { fake, onSaved, onClose };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('EventEditor', () => {
  it('asks for a title before saving, and saves nothing without one', async () => {
    const { fake } = setup();
    const user = userEvent.setup();
    await screen.findByLabelText('Title');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    expect(await screen.findByText('Give this moment a title.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(fake.calls.some((c) => c.method === 'timeline.create')).toBe(false);
  });

  it('offers the partners by name and starts from a suggested title', async () => {
    setup({}, { title: 'Our first date' });
    expect(await screen.findByLabelText('Title')).toHaveValue('Our first date');
    expect(screen.getByLabelText('Sam')).toBeInTheDocument();
    expect(screen.getByLabelText('Alex')).toBeInTheDocument();
    expect(screen.getByLabelText('Sam and Alex')).toBeChecked();
  });

  it('turns a day into a span with a last day, which must not come before the first', async () => {
    const { fake, onSaved } = setup();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Title'), 'Lisbon');
    await fireEvent.input(screen.getByLabelText('Day'), { target: { value: '2022-04-01' } });
    expect(screen.queryByLabelText('Last day')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(/Lasted more than a day/));
    expect(screen.getByLabelText('First day')).toHaveValue('2022-04-01');
    const last = screen.getByLabelText('Last day');
    expect(last).toHaveValue('2022-04-01');
    await fireEvent.input(last, { target: { value: '2022-03-28' } });
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    expect(await screen.findByText('The last day comes on or after the first.')).toBeInTheDocument();
    expect(fake.calls.some((c) => c.method === 'timeline.create')).toBe(false);

    await fireEvent.input(last, { target: { value: '2022-04-08' } });
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fake.calls.find((c) => c.method === 'timeline.create')?.arg).toMatchObject({ title: 'Lisbon', startDate: '2022-04-01', endDate: '2022-04-08' });
    expect(fake.calls.some((c) => c.method === 'drafts.discard' && (c.arg as { key: string }).key === 'timeline:new')).toBe(true);
  });

  it('keeps typing as a draft a few seconds after it starts, not on every key', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fake } = setup();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const saves = () => fake.calls.filter((c) => c.method === 'drafts.save').map((c) => c.arg as { key: string; content: string; baseVersion: number | null });
    await user.type(await screen.findByLabelText('Title'), 'Half a thought');
    expect(saves()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(saves()).toHaveLength(1);
    expect(saves()[0]).toMatchObject({ key: 'timeline:new', baseVersion: null });
    expect(JSON.parse(saves()[0]!.content)).toMatchObject({ title: 'Half a thought', body: '' });
    expect(await screen.findByText(/Draft kept/)).toBeInTheDocument();

    // Leaving a field writes at once what was typed since.
    await user.type(screen.getByLabelText('What happened'), 'More to say');
    expect(saves()).toHaveLength(1);
    await user.click(screen.getByLabelText('Title'));
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(JSON.parse(saves()[1]!.content)).toMatchObject({ title: 'Half a thought', body: 'More to say' });
  });

  it('on a conflict keeps the draft, says what happened, and shows the saved version beside it', async () => {
    const { fake } = setup(
      {
        'timeline.update': () => failure('CONFLICT', 'Saved again elsewhere.'),
        'timeline.get': () => saved,
      },
      { id: saved.id },
    );
    const user = userEvent.setup();
    const title = await screen.findByLabelText('Title');
    await waitFor(() => expect(title).toHaveValue('Picnic by the river'));
    await user.clear(title);
    await user.type(title, 'Picnic, my way');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('saved again since you started editing');
    expect(alert).toHaveTextContent('Your text is safe as a draft');
    const draft = fake.calls.filter((c) => c.method === 'drafts.save').at(-1)?.arg as { key: string; content: string; baseVersion: number };
    expect(draft.key).toBe(`timeline:${saved.id}`);
    expect(draft.baseVersion).toBe(2);
    expect(JSON.parse(draft.content).title).toBe('Picnic, my way');
    await user.click(screen.getByRole('button', { name: 'Show the saved version' }));
    expect(await screen.findByRole('complementary', { name: 'The saved version' })).toHaveTextContent('Picnic by the river');
    expect(screen.getByLabelText('Title')).toHaveValue('Picnic, my way');
  });
});
