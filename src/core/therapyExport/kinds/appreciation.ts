import type { PartnerId } from '../../../shared/basics';
import { appreciationsIn, sessionsBegunBetween } from '../../appreciations/appreciation-repository';
import { dayBounds, field, type ExportKindSpec } from '../model';

interface Session {
  id: string;
  appreciations: { from: PartnerId; text: string }[];
}

/** A round of "I appreciate you because…", with what each partner said; with one partner chosen, what they said. */
export const appreciationKind: ExportKindSpec<Session> = {
  kind: 'appreciation',
  collect({ db, words }, selection) {
    return sessionsBegunBetween(db, ...dayBounds(selection))
      .filter((r) => selection.who === 'both' || r[selection.who] > 0)
      .map((r) => ({
        candidate: {
          id: r.sessionId,
          kind: 'appreciation',
          date: r.day,
          title: words.t('exportDocument.appreciationsCount', { count: selection.who === 'both' ? r.a + r.b : r[selection.who] }),
          author: selection.who === 'both' ? 'both' : selection.who,
          marked: false,
        },
        load: () => ({ id: r.sessionId, appreciations: appreciationsIn(db, r.sessionId).map((a) => ({ from: a.from, text: a.text })) }),
      }));
  },
  layout(session, voice, words) {
    const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    return partners.flatMap((p) =>
      field(
        words.t('exportDocument.appreciatesBecause', { from: voice.name(p), to: voice.name(p === 'a' ? 'b' : 'a') }),
        '',
        session.appreciations.filter((x) => x.from === p).map((x) => x.text),
      ),
    );
  },
};
