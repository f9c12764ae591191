import { describe, expect, it } from 'vitest';
import { practices } from '../../../shared/i18n/catalogues/exercises/en';
import { PRACTICES } from './practices';

describe("the guide's eight practices", () => {
  it("are all there, in the guide's order, each pointing to where Hearth practises it", () => {
    expect(PRACTICES.map((p) => p.id)).toEqual(['listening', 'vulnerability', 'appreciation', 'quality-time', 'needs', 'trust', 'forgiveness', 'empathy']);
    for (const p of PRACTICES) expect(p.tryThis.length, p.id).toBeGreaterThan(0);
  });

  it('show every message of their catalogue group, and only messages that are there', () => {
    const shown = PRACTICES.flatMap((p) => [p.title, p.why, ...p.tryThis]);
    expect(shown.sort()).toEqual(Object.values(practices).sort());
  });
});
