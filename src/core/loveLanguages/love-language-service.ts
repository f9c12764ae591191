import { randomUUID } from 'node:crypto';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import type { z } from 'zod';
import { LOVE_LANGUAGE_IDS, LOVE_LANGUAGES, type LoveAction, type LoveLanguageId, type LoveLanguageProfile, type LoveLanguageSummary, type SetLoveLanguagesInput } from '../../shared/loveLanguages';
import { AreaService } from '../area-service';
import { readPartners } from '../vaults/unlocked-vault';
import { actionCounts, actionsBetween, deleteAction, findProfile, insertAction, profiles, putProfile } from './love-language-repository';

export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

const PARTNERS: readonly PartnerId[] = ['a', 'b'];
const nameOf = (id: LoveLanguageId) => LOVE_LANGUAGES.find((l) => l.id === id)!.name.toLocaleLowerCase();

/** Bounds for a date column, so one statement serves every range (ISO days compare as text). */
export function bounds(range: Range): [string, string] {
  return [range.from ?? '0000-00-00', range.to ?? '9999-99-99'];
}

export function zeroCounts(): Record<LoveLanguageId, number> {
  return Object.fromEntries(LOVE_LANGUAGE_IDS.map((id) => [id, 0])) as Record<LoveLanguageId, number>;
}

/** Each partner's languages, and the small things done in them. */
export class LoveLanguageService extends AreaService {
  get(): LoveLanguageProfile[] {
    const stored = profiles(this.db);
    return PARTNERS.map((partner) => {
      const row = stored.find((r) => r.partner === partner);
      return {
        partner,
        primary: row?.primary ?? null,
        secondary: row?.secondary ?? null,
        givesPrimary: row?.givesPrimary ?? null,
        givesSecondary: row?.givesSecondary ?? null,
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }

  /** Languages given left out (`undefined`) stay as they were: the quiz sets only the ones heard. */
  set(input: z.output<typeof SetLoveLanguagesInput>): LoveLanguageProfile[] {
    const stored = findProfile(this.db, input.partner);
    const givesPrimary = input.givesPrimary === undefined ? (stored?.givesPrimary ?? null) : input.givesPrimary;
    const givesSecondary = input.givesSecondary === undefined ? (givesPrimary ? (stored?.givesSecondary ?? null) : null) : input.givesSecondary;
    putProfile(this.db, { partner: input.partner, primary: input.primary, secondary: input.secondary, givesPrimary, givesSecondary, updatedAt: this.timestamp() });
    return this.get();
  }

  logAction(input: { by: PartnerId; for: PartnerId; language: LoveLanguageId; note: string; date: string }): LoveAction {
    const action = { id: randomUUID(), ...input, createdAt: this.timestamp() };
    insertAction(this.db, action);
    return action;
  }

  removeAction(id: string): void {
    if (!deleteAction(this.db, id)) throw new HearthError('NOT_FOUND', 'That entry is not there any more.');
  }

  actions(range: Range): LoveAction[] {
    return actionsBetween(this.db, ...bounds(range));
  }

  /** For each partner: what was done for them, by language, beside the languages they hear. */
  summary(range: Range): LoveLanguageSummary[] {
    const counts = actionCounts(this.db, ...bounds(range));
    const names = new Map(readPartners(this.db).map((p) => [p.id, p.name]));
    return this.get().map(({ partner, primary, secondary }) => {
      const received = zeroCounts();
      for (const c of counts) if (c.forPartner === partner) received[c.language] = c.n;
      const total = LOVE_LANGUAGE_IDS.reduce((sum, id) => sum + received[id], 0);
      const theirs = [primary, secondary].filter((l): l is LoveLanguageId => l !== null);
      const inTheirLanguages = theirs.reduce((sum, id) => sum + received[id], 0);
      return { partner, primary, secondary, received, total, inTheirLanguages, reading: readingFor(names.get(partner) ?? partner, theirs, total, inTheirLanguages) };
    });
  }
}

function readingFor(name: string, languages: LoveLanguageId[], total: number, inTheirs: number): string {
  if (languages.length === 0) return `When ${name} chooses a love language, you will see here how often ${name} was loved in it.`;
  const spoken = languages.map(nameOf).join(' and ');
  if (total === 0) return `Nothing logged for ${name} yet. One small idea in ${spoken} is a lovely place to start.`;
  if (inTheirs === 0) return `${total} kind ${total === 1 ? 'thing was' : 'things were'} done for ${name}; one in ${spoken} might reach ${name} most of all.`;
  // One language: "in quality time, the language Alex hears". Two: "in the languages Alex hears (words
  // of affirmation or acts of service)", so one action is never said to be in both.
  const inWhat = languages.length === 1 ? `${spoken}, the language ${name} hears` : `the languages ${name} hears (${languages.map(nameOf).join(' or ')})`;
  if (inTheirs === total) {
    const all = total === 1 ? 'The one thing done for' : total === 2 ? 'Both things done for' : `All ${total} things done for`;
    return `${all} ${name} ${total === 1 ? 'was' : 'were'} in ${inWhat}.`;
  }
  return `${inTheirs} of the ${total} things done for ${name} ${inTheirs === 1 ? 'was' : 'were'} in ${inWhat}.`;
}
