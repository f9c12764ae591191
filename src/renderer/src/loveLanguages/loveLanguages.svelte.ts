import type { PartnerId } from '../../../shared/basics';
import { LOVE_LANGUAGES, type LoveAction, type LoveLanguageId, type LoveLanguageInfo, type LoveLanguageProfile, type LoveLanguageSummary, type SetLoveLanguagesInput } from '../../../shared/loveLanguages';
import { api } from '../lib/api';
import { attempt } from '../lib/errors';
import { localToday } from '../timeline/format';

export function languageInfo(id: LoveLanguageId): LoveLanguageInfo {
  return LOVE_LANGUAGES.find((l) => l.id === id)!;
}

export interface ActionForm {
  by: PartnerId;
  language: LoveLanguageId;
  note: string;
  date: string;
}

/** Each partner's languages, what was done for whom, and whether it reached them in the language they hear. */
export class LoveLanguagesPage {
  #profiles = $state.raw<LoveLanguageProfile[]>([]);
  #summary = $state.raw<LoveLanguageSummary[]>([]);
  #actions = $state.raw<LoveAction[]>([]);
  #error = $state<string | null>(null);
  #loaded = $state(false);
  action = $state<ActionForm>({ by: 'a', language: 'words', note: '', date: localToday() });

  get profiles() {
    return this.#profiles;
  }
  get summary() {
    return this.#summary;
  }
  get actions() {
    return this.#actions;
  }
  get error() {
    return this.#error;
  }
  get loaded() {
    return this.#loaded;
  }
  profile(partner: PartnerId): LoveLanguageProfile | undefined {
    return this.#profiles.find((p) => p.partner === partner);
  }

  async load(): Promise<void> {
    await this.#run(async () => {
      const [profiles, summary, actions] = await Promise.all([api.loveLanguages.get(), api.loveLanguages.summary({}), api.loveLanguages.actions({})]);
      this.#profiles = profiles;
      this.#summary = summary;
      this.#actions = actions;
      this.#loaded = true;
      this.#suggestLanguage();
    });
  }

  /** Languages given left out stay as they were (the quiz sets only the ones heard). */
  async set(languages: SetLoveLanguagesInput): Promise<boolean> {
    return this.#run(async () => {
      this.#profiles = await api.loveLanguages.set(languages);
      this.#summary = await api.loveLanguages.summary({});
      this.#suggestLanguage();
    });
  }

  /** Who the action was for: always the other partner. */
  get actionFor(): PartnerId {
    return this.action.by === 'a' ? 'b' : 'a';
  }

  /** Start the log form on the language the other partner hears best. */
  #suggestLanguage(): void {
    const primary = this.profile(this.actionFor)?.primary;
    if (primary && !this.action.note) this.action.language = primary;
  }

  changeBy(by: PartnerId): void {
    this.action.by = by;
    this.#suggestLanguage();
  }

  async log(): Promise<boolean> {
    const { by, language, note, date } = this.action;
    return this.#run(async () => {
      await api.loveLanguages.logAction({ by, for: this.actionFor, language, note, date });
      this.action.note = '';
      const [summary, actions] = await Promise.all([api.loveLanguages.summary({}), api.loveLanguages.actions({})]);
      this.#summary = summary;
      this.#actions = actions;
    });
  }

  async remove(action: LoveAction): Promise<boolean> {
    return this.#run(async () => {
      await api.loveLanguages.removeAction({ id: action.id });
      this.#actions = this.#actions.filter((a) => a.id !== action.id);
      this.#summary = await api.loveLanguages.summary({});
    });
  }

  async #run(work: () => Promise<void>): Promise<boolean> {
    this.#error = null;
    return attempt(work, (message) => (this.#error = message));
  }

}
