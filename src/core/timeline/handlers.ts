import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { TimelineService } from './timeline-service';

export function timelineHandlers(timeline: TimelineService, { serial }: Calls): CoreApi['timeline'] {
  return {
    list: (input) => serial(() => timeline.list(input)),
    years: () => serial(() => timeline.years()),
    get: ({ id }) => serial(() => timeline.get(id)),
    create: (input) => serial(() => timeline.create(input)),
    update: (input) => serial(() => timeline.update(input)),
    history: ({ id }) => serial(() => timeline.history(id)),
    restoreVersion: ({ id, version, expectedVersion }) => serial(() => timeline.restoreVersion(id, version, expectedVersion)),
    remove: ({ id }) => serial(() => timeline.remove(id)),
    trash: () => serial(() => timeline.trash()),
    restore: ({ id }) => serial(() => timeline.restore(id)),
    deleteForever: ({ id }) => serial(() => timeline.deleteForever(id)),
    link: ({ from, to }) => serial(() => timeline.link(from, to)),
    unlink: ({ from, to }) => serial(() => timeline.unlink(from, to)),
    onThisDay: ({ today }) => serial(() => timeline.onThisDay(today)),
    tags: () => serial(() => timeline.tags()),
    addPhoto: (input) => serial(() => timeline.addPhoto(input)),
    photo: ({ id }) => serial(() => timeline.photo(id)),
    setPhotoCaption: ({ id, caption }) => serial(() => timeline.setPhotoCaption(id, caption)),
    removePhoto: ({ id }) => serial(() => timeline.removePhoto(id)),
  };
}
