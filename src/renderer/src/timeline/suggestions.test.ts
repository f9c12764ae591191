import { describe, expect, it } from 'vitest';
import de from '../../../shared/i18n/catalogues/timeline/de';
import { suggestedMilestones } from './suggestions';

describe('suggested milestones', () => {
  it('assume no marriage, gender or household: moments any couple could have', () => {
    const SUGGESTED_MILESTONES = suggestedMilestones();
    expect(SUGGESTED_MILESTONES).toEqual(expect.arrayContaining(['A commitment we made', 'Moving in together', 'Meeting each other’s families']));
    for (const title of SUGGESTED_MILESTONES) {
      expect(title).not.toMatch(/marri|wed|engag|honeymoon|husband|wife|bride|groom|spouse|boyfriend|girlfriend|\b(he|she|him|her|his)\b|in-?laws|baby|kids|children/i);
    }
    expect(new Set(SUGGESTED_MILESTONES).size).toBe(SUGGESTED_MILESTONES.length);
  });

  it('assume none of it in German either', () => {
    const german = Object.entries(de).filter(([key]) => key.startsWith('milestone')).map(([, title]) => title);
    expect(german).toHaveLength(suggestedMilestones().length);
    for (const title of german) {
      expect(title).not.toMatch(/\behe|heirat|hochzeit|verlob|flitter|\b(mann|frau|braut|bräutigam|freund|freundin|er|sie|ihm|ihn|sein|seine)\b|schwieger|baby|kind/i);
    }
  });
});
