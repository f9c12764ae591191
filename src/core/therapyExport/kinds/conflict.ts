import { BARRIER_LABELS, HORSEMAN_ANTIDOTES, HORSEMEN, HORSEMAN_LABELS, type ConflictAnswers, type ConflictReflection, type Horseman } from '../../../shared/reflections';
import { field, type ExportKindSpec } from '../model';
import { collectReflections, feelingWords, statusAndDates, type DatedReflection } from './reflection-common';

/** "Criticism — … Antidote: A gentle start-up. Talk about …": a pattern noticed, with what helps instead. */
function withAntidote(horseman: Horseman): string {
  const antidote = HORSEMAN_ANTIDOTES[horseman];
  return `${HORSEMAN_LABELS[horseman]}. Antidote: ${antidote.name}. ${antidote.how}`;
}

const believed = (value: number | null) => (value === null ? '' : `${value} out of 100`);

/** The story looked at again, as a thought record: belief before, evidence both ways, a kinder version, belief after. */
function storyChecked(a: ConflictAnswers) {
  return [
    ...field('How strongly I believed the story then', believed(a.storyBelief)),
    ...field('What fits the story', a.storyFor),
    ...field('What does not fit it', a.storyAgainst),
    ...field('A kinder way to tell it', a.storyKinder),
    ...field('How strongly I believe the first story now', believed(a.storyBeliefAfter)),
  ];
}

/** A conflict reflection in the order of the worksheet: observation, feelings, needs, then the rest, ending with the request. */
export const conflictKind: ExportKindSpec<DatedReflection<ConflictReflection>> = {
  kind: 'conflict',
  collect: (sources, selection) => collectReflections<ConflictReflection>('conflict', sources, selection),
  layout(dated) {
    const a = dated.reflection.answers;
    // In the order the app lists them, whatever order they were ticked in.
    const patterns = HORSEMEN.filter((h) => a.horsemen.includes(h)).map(withAntidote);
    return [
      ...statusAndDates(dated),
      ...field('Observation — what happened', a.observation),
      ...field('Feelings', '', feelingWords(a.feelings)),
      ...field('Needs', a.needsOther, [...a.needs]),
      ...field('The story I told myself', a.story),
      ...storyChecked(a),
      ...field('My part in it', a.myPart),
      ...field('Patterns I noticed, each with its antidote', '', patterns),
      ...field('What got in the way', '', a.barriers.map((b) => BARRIER_LABELS[b])),
      ...field('A gentle way to start (softened start-up)', a.softStartup),
      ...field('Request', a.request),
      ...field('A compromise I could offer', a.compromise),
    ];
  },
};
