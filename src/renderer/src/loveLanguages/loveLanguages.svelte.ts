import type { PartnerId } from '../../../shared/basics';
import type { LoveAction, LoveLanguageId, LoveLanguageProfile, LoveLanguageSummary, QuizChoice, SetLoveLanguagesInput } from '../../../shared/loveLanguages';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { attempt } from '../lib/errors';
import { joinNames, listFormat } from '../lib/locale';
import { localToday } from '../timeline/format';

/**
 * A love language's words in the language spoken (catalogue group `loveLanguageInfo`, whose English is
 * LOVE_LANGUAGES's in src/shared): its name, its name inside a sentence, and an idea for showing it to a partner.
 */
export function languageInfo(id: LoveLanguageId): { name: string; inSentence: string; forPartner: string } {
  return {
    name: t(`loveLanguageInfo.${id}Name`),
    inSentence: t(`loveLanguageInfo.${id}InSentence`),
    forPartner: t(`loveLanguageInfo.${id}ForPartner`),
  };
}

/** One statement of the quiz, its pair counted from 0 (catalogue group `loveLanguageQuiz`). */
export function quizStatement(pair: number, side: QuizChoice): string {
  return t(`loveLanguageQuiz.pair${pair + 1}${side === 'first' ? 'First' : 'Second'}` as `loveLanguageQuiz.pair1First`);
}

/**
 * Whether love reaches a partner in the languages they hear, read from the summary's numbers: the core's `reading`,
 * in the language spoken.
 */
export function readingOf(summary: LoveLanguageSummary, name: string): string {
  const languages = [summary.primary, summary.secondary].filter((l): l is LoveLanguageId => l !== null).map((l) => languageInfo(l).inSentence);
  const { total, inTheirLanguages: count } = summary;
  if (languages.length === 0) return t('loveLanguages.readingNoLanguage', { name });
  if (total === 0) return t('loveLanguages.readingNothing', { name, languages: joinNames(languages) });
  if (count === 0) return t('loveLanguages.readingNoneInTheirs', { count: total, name, languages: joinNames(languages) });
  // One language: "in quality time, the language Alex hears". Two: "in the languages Alex hears (words of
  // affirmation or acts of service)", so one action is never said to be in both.
  const inWhat =
    languages.length === 1
      ? t('loveLanguages.inTheLanguage', { language: languages[0], name })
      : t('loveLanguages.inTheLanguages', { name, languages: listFormat({ style: 'long', type: 'disjunction' }).format(languages) });
  if (count === total) {
    if (total === 1) return t('loveLanguages.readingAllOne', { name, inWhat });
    if (total === 2) return t('loveLanguages.readingAllTwo', { name, inWhat });
    return t('loveLanguages.readingAll', { total, name, inWhat });
  }
  return t('loveLanguages.readingSome', { count, total, name, inWhat });
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
