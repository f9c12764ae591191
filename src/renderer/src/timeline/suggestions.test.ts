import { describe, expect, it } from 'vitest';
import { SUGGESTED_MILESTONES } from './suggestions';

describe('suggested milestones', () => {
  it('assume no marriage, gender or household: moments any couple could have', () => {
    expect(SUGGESTED_MILESTONES).toEqual(expect.arrayContaining(['A commitment we made', 'Moving in together', 'Meeting each other’s families']));
    for (const title of SUGGESTED_MILESTONES) {
      expect(title).not.toMatch(/marri|wed|engag|honeymoon|husband|wife|bride|groom|spouse|boyfriend|girlfriend|\b(he|she|him|her|his)\b|in-?laws|baby|kids|children/i);
    }
    expect(new Set(SUGGESTED_MILESTONES).size).toBe(SUGGESTED_MILESTONES.length);
  });
});
