import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { AftermathAnswers, ConflictAnswers, type AftermathReflection, type ConflictReflection } from '../../../shared/reflections';
import { formatDayTime } from '../lib/locale';
import { installFakeHearth, session } from '../testing/fake-hearth';
import { datesOf } from './reading.svelte';
import { ReflectionsSection } from './reflections.svelte';
import ReflectionView from './ReflectionView.svelte';
import { reflectionBase } from '../testing/fixtures';

const ID = '5d0c9a4e-2b7f-4c1d-8e3a-9f6b1c2d3e4f';
const BEGUN = '2026-03-06T18:00:00.000Z';
const SAM_SAVED = '2026-03-06T19:30:00.000Z';
const ALEX_SAVED = '2026-03-07T08:15:00.000Z';
const COMPLETED = '2026-03-08T20:00:00.000Z';
const RESOLVED = '2026-03-10T09:45:00.000Z';

const common = { ...reflectionBase(ID, BEGUN), updatedAt: ALEX_SAVED };

const aftermath: AftermathReflection = {
  ...common,
  type: 'aftermath',
  author: 'both',
  title: 'The car park',
  sides: {
    a: { answers: AftermathAnswers.parse({ myReality: 'I felt rushed.' }), done: true, version: 2, updatedAt: SAM_SAVED },
    b: { answers: AftermathAnswers.parse({ myReality: 'Still-writing words' }), done: false, version: 2, updatedAt: ALEX_SAVED },
  },
  bothDone: false,
};

const conflict: ConflictReflection = {
  ...common,
  type: 'conflict',
  author: 'b',
  title: 'Phones at dinner',
  status: 'resolved',
  completedAt: COMPLETED,
  resolvedAt: RESOLVED,
  answers: ConflictAnswers.parse({ observation: 'You looked at your phone.' }),
};

async function show(reflection: AftermathReflection | ConflictReflection) {
  installFakeHearth({ 'reflections.get': () => reflection });
  render(ReflectionView, { props: { id: ID, section: new ReflectionsSection(), partners: session.partners, onExport: () => {} } });
  await screen.findByRole('heading', { level: 1, name: reflection.title });
}

/** The dates' list, as "term: description" lines. */
function dates(): string[] {
  const list = document.querySelector('article header dl')!;
  return [...list.querySelectorAll('dt')].map((dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`);
}

describe('a reflection’s dates', () => {
  it('says when an aftermath was begun and when each side was last saved, in the user’s locale; nothing of an unfinished side', async () => {
    await show(aftermath);
    expect(dates()).toEqual([
      `Begun: ${formatDayTime(BEGUN)}`,
      `Sam’s side: Done · last saved ${formatDayTime(SAM_SAVED)}`,
      `Alex’s side: Still being written · last saved ${formatDayTime(ALEX_SAVED)}`,
    ]);
    expect(document.querySelector(`time[datetime="${SAM_SAVED}"]`)).toHaveTextContent(formatDayTime(SAM_SAVED));
    expect(screen.queryByText('Still-writing words')).not.toBeInTheDocument();
    expect(screen.queryByText('I felt rushed.')).not.toBeInTheDocument();
  });

  it('says when a reflection was begun, completed and resolved', async () => {
    await show(conflict);
    expect(dates()).toEqual([`Begun: ${formatDayTime(BEGUN)}`, `Completed: ${formatDayTime(COMPLETED)}`, `Resolved: ${formatDayTime(RESOLVED)}`]);
  });

  it('knows a side not started from one being written, and keeps no date it does not have', () => {
    const fresh: AftermathReflection = { ...aftermath, sides: { a: { ...aftermath.sides.a, done: false }, b: { ...aftermath.sides.b, done: false, updatedAt: null } } };
    expect(datesOf(fresh)).toEqual({
      begun: BEGUN,
      completed: null,
      resolved: null,
      sides: [
        { partner: 'a', state: 'writing', savedAt: SAM_SAVED },
        { partner: 'b', state: 'empty', savedAt: null },
      ],
    });
    expect(datesOf(conflict).sides).toEqual([]);
  });
});
