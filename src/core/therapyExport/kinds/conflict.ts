import { BARRIER_LABELS, HORSEMAN_LABELS, type ConflictReflection } from '../../../shared/reflections';
import { field, type ExportKindSpec } from '../model';
import { collectReflections, feelingWords, statusLine } from './reflection-common';

/** A conflict reflection in the order of the worksheet: observation, feelings, needs, then the rest, ending with the request. */
export const conflictKind: ExportKindSpec<ConflictReflection> = {
  kind: 'conflict',
  collect: (sources, selection) => collectReflections<ConflictReflection>('conflict', sources, selection),
  layout(r) {
    const a = r.answers;
    return [
      ...field('Status', statusLine(r)),
      ...field('Observation — what happened', a.observation),
      ...field('Feelings', '', feelingWords(a.feelings)),
      ...field('Needs', a.needsOther, [...a.needs]),
      ...field('The story I told myself', a.story),
      ...field('My part in it', a.myPart),
      ...field('Patterns I noticed', '', a.horsemen.map((h) => HORSEMAN_LABELS[h])),
      ...field('What got in the way', '', a.barriers.map((b) => BARRIER_LABELS[b])),
      ...field('A gentle way to start (softened start-up)', a.softStartup),
      ...field('Request', a.request),
      ...field('A compromise I could offer', a.compromise),
    ];
  },
};
