import type { ForgivenessReflection } from '../../../shared/reflections';
import { field, type Block, type ExportKindSpec } from '../model';
import { decisionWord } from '../vocabulary';
import { collectReflections, statusAndDates, type DatedReflection } from './reflection-common';

/** A forgiveness reflection (REACH), its decision, and every dated check-back since. */
export const forgivenessKind: ExportKindSpec<DatedReflection<ForgivenessReflection>> = {
  kind: 'forgiveness',
  collect: (sources, selection) => collectReflections<ForgivenessReflection>('forgiveness', sources, selection),
  layout(dated, _voice, words) {
    const r = dated.reflection;
    const a = r.answers;
    const checkBacks: Block[] = r.checkBacks.length
      ? [
          { type: 'heading', text: words.t('exportDocument.checkBacks') },
          ...r.checkBacks.flatMap((c) =>
            field(words.t('exportDocument.checkBack', { day: words.day(c.date), decision: decisionWord(words, c.decision) }), c.note || words.t('exportDocument.noNote')),
          ),
        ]
      : [];
    const self = a.toward === 'myself';
    return [
      ...statusAndDates(dated),
      ...field(words.t('exportDocument.forgiving'), self ? words.t('exportDocument.myself') : words.t('exportDocument.someoneElse')),
      ...field(self ? words.t('exportDocument.whatIDid') : words.t('exportDocument.theHurt'), a.hurt),
      ...field(self ? words.t('exportDocument.feelingThen') : words.t('exportDocument.theirSide'), a.otherSideImagined),
      ...field(words.t('exportDocument.amends'), a.amends),
      ...field(words.t('exportDocument.forgivenTime'), a.forgivenTime),
      ...field(words.t('exportDocument.forgivingMeans'), a.forgivingMeans),
      ...field(words.t('exportDocument.forgivingDoesNotMean'), a.forgivingDoesNotMean),
      ...field(words.t('exportDocument.decision'), a.decision ? decisionWord(words, a.decision) : words.t('exportDocument.notDecided')),
      ...field(a.commitmentOn ? words.t('exportDocument.commitmentOn', { day: words.day(a.commitmentOn) }) : words.t('exportDocument.commitment'), a.commitment),
      ...field(words.t('exportDocument.holdOn'), a.holdOn),
      ...(a.hardToMovePast ? [{ type: 'note', text: words.t('exportDocument.hardToMovePast') } as const] : []),
      ...checkBacks,
    ];
  },
};
