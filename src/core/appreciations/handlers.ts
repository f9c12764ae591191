import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { AppreciationService } from './appreciation-service';

export function appreciationsHandlers(appreciations: AppreciationService, { serial }: Calls): CoreApi['appreciations'] {
  return {
    startSession: ({ firstTurn }) => serial(() => appreciations.startSession(firstTurn)),
    add: (input) => serial(() => appreciations.add(input)),
    remove: ({ id }) => serial(() => appreciations.remove(id)),
    finish: ({ sessionId }) => serial(() => appreciations.finish(sessionId)),
    session: ({ sessionId }) => serial(() => appreciations.session(sessionId)),
    sessions: (input) => serial(() => appreciations.sessions(input)),
    received: ({ partner }) => serial(() => appreciations.received(partner)),
  };
}
