import { DECISION_LABELS, type ForgivenessReflection } from '../../../shared/reflections';
import { formatDay } from '../format';
import { field, type Block, type ExportKindSpec } from '../model';
import { collectReflections, statusAndDates, type DatedReflection } from './reflection-common';

/** A forgiveness reflection (REACH), its decision, and every dated check-back since. */
export const forgivenessKind: ExportKindSpec<DatedReflection<ForgivenessReflection>> = {
  kind: 'forgiveness',
  collect: (sources, selection) => collectReflections<ForgivenessReflection>('forgiveness', sources, selection),
  layout(dated) {
    const r = dated.reflection;
    const a = r.answers;
    const checkBacks: Block[] = r.checkBacks.length
      ? [
          { type: 'heading', text: 'Check-backs' },
          ...r.checkBacks.flatMap((c) => field(`${formatDay(c.date)} · ${DECISION_LABELS[c.decision]}`, c.note || '(no note)')),
        ]
      : [];
    const self = a.toward === 'myself';
    return [
      ...statusAndDates(dated),
      ...field('Forgiving', self ? 'Myself' : 'Someone else'),
      ...field(self ? 'What I did, as I remember it' : 'The hurt, as I remember it', a.hurt),
      ...field(self ? 'What I was feeling or needing then' : 'Their side, as I imagine it', a.otherSideImagined),
      ...field('What I can do to make it right', a.amends),
      ...field('A time I was forgiven (the altruistic gift)', a.forgivenTime),
      ...field('What forgiving would mean', a.forgivingMeans),
      ...field('What forgiving does not mean', a.forgivingDoesNotMean),
      ...field('Decision — where I am now', a.decision ? DECISION_LABELS[a.decision] : 'Not decided yet'),
      ...field(a.commitmentOn ? `My commitment, ${formatDay(a.commitmentOn)}` : 'My commitment', a.commitment),
      ...field('What helps me hold on to it', a.holdOn),
      ...(a.hardToMovePast ? [{ type: 'note', text: 'Marked as hard to move past.' } as const] : []),
      ...checkBacks,
    ];
  },
};
