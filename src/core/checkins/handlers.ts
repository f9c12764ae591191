import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { CheckInService } from './checkin-service';

export function checkinsHandlers(checkins: CheckInService, { serial }: Calls): CoreApi['checkins'] {
  return {
    schedule: () => serial(() => checkins.schedule()),
    setCadence: (input) => serial(() => checkins.setCadence(input)),
    start: (input) => serial(() => checkins.start(input)),
    current: () => serial(() => checkins.current()),
    get: ({ id }) => serial(() => checkins.get(id)),
    answer: (input) => serial(() => checkins.answer(input)),
    submit: ({ id, partner }) => serial(() => checkins.submit(id, partner)),
    finish: ({ id }) => serial(() => checkins.finish(id)),
    followUp: (input) => serial(() => checkins.followUp(input)),
    discard: ({ id }) => serial(() => checkins.discard(id)),
    list: (input) => serial(() => checkins.list(input)),
  };
}
