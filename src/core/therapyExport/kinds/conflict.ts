import { HORSEMEN, type ConflictAnswers, type ConflictReflection, type Horseman } from '../../../shared/reflections';
import type { Words } from '../../i18n/words';
import { field, type ExportKindSpec } from '../model';
import { antidote, barrierLabel, horsemanLabel, needWord } from '../vocabulary';
import { collectReflections, feelingWords, statusAndDates, type DatedReflection } from './reflection-common';

/** "Criticism — … Antidote: A gentle start-up. Talk about …": a pattern noticed, with what helps instead. */
function withAntidote(horseman: Horseman, words: Words): string {
  const { name, how } = antidote(words, horseman);
  return words.t('exportDocument.withAntidote', { horseman: horsemanLabel(words, horseman), antidote: name, how });
}

/** The story looked at again, as a thought record: belief before, evidence both ways, a kinder version, belief after. */
function storyChecked(a: ConflictAnswers, words: Words) {
  const believed = (value: number | null) => (value === null ? '' : words.t('exportDocument.outOf100', { value }));
  return [
    ...field(words.t('exportDocument.storyBeliefThen'), believed(a.storyBelief)),
    ...field(words.t('exportDocument.storyFor'), a.storyFor),
    ...field(words.t('exportDocument.storyAgainst'), a.storyAgainst),
    ...field(words.t('exportDocument.storyKinder'), a.storyKinder),
    ...field(words.t('exportDocument.storyBeliefNow'), believed(a.storyBeliefAfter)),
  ];
}

/** A conflict reflection in the order of the worksheet: observation, feelings, needs, then the rest, ending with the request. */
export const conflictKind: ExportKindSpec<DatedReflection<ConflictReflection>> = {
  kind: 'conflict',
  collect: (sources, selection) => collectReflections<ConflictReflection>('conflict', sources, selection),
  layout(dated, _voice, words) {
    const a = dated.reflection.answers;
    // In the order the app lists them, whatever order they were ticked in.
    const patterns = HORSEMEN.filter((h) => a.horsemen.includes(h)).map((h) => withAntidote(h, words));
    return [
      ...statusAndDates(dated),
      ...field(words.t('exportDocument.observation'), a.observation),
      ...field(words.t('exportDocument.feelings'), '', feelingWords(a.feelings, words)),
      ...field(words.t('exportDocument.needs'), a.needsOther, a.needs.map((n) => needWord(words, n))),
      ...field(words.t('exportDocument.story'), a.story),
      ...storyChecked(a, words),
      ...field(words.t('exportDocument.myPart'), a.myPart),
      ...field(words.t('exportDocument.patternsNoticed'), '', patterns),
      ...field(words.t('exportDocument.gotInTheWay'), '', a.barriers.map((b) => barrierLabel(words, b))),
      ...field(words.t('exportDocument.softStartup'), a.softStartup),
      ...field(words.t('exportDocument.request'), a.request),
      ...field(words.t('exportDocument.compromise'), a.compromise),
    ];
  },
};
