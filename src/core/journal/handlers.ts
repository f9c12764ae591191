import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { JournalService } from './journal-service';

export function journalHandlers(journal: JournalService, { serial }: Calls): CoreApi['journal'] {
  return {
    prompts: () => serial(() => journal.prompts()),
    addPrompt: ({ text, by }) => serial(() => journal.addPrompt(text, by)),
    promptOfTheWeek: ({ today }) => serial(() => journal.promptOfTheWeek(today)),
    write: (input) => serial(() => journal.write(input)),
    update: (input) => serial(() => journal.update(input)),
    remove: ({ id }) => serial(() => journal.remove(id)),
    get: ({ id }) => serial(() => journal.get(id)),
    list: (input) => serial(() => journal.list(input)),
  };
}
