import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { ReflectionService } from './reflection-service';

export function reflectionsHandlers(reflections: ReflectionService, { serial }: Calls): CoreApi['reflections'] {
  return {
    list: (input) => serial(() => reflections.list(input)),
    get: ({ id }) => serial(() => reflections.get(id)),
    create: (input) => serial(() => reflections.create(input)),
    update: (input) => serial(() => reflections.update(input)),
    saveSide: (input) => serial(() => reflections.saveSide(input)),
    complete: ({ id }) => serial(() => reflections.complete(id)),
    resolve: ({ id, repairEventId }) => serial(() => reflections.resolve(id, repairEventId)),
    reopen: ({ id }) => serial(() => reflections.reopen(id)),
    addCheckBack: (input) => serial(() => reflections.addCheckBack(input)),
    setForTherapy: ({ id, forTherapy }) => serial(() => reflections.setForTherapy(id, forTherapy)),
    linkEvent: ({ id, eventId }) => serial(() => reflections.linkEvent(id, eventId)),
    remove: ({ id }) => serial(() => reflections.remove(id)),
  };
}
