import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeRecoveryCode, encodeRecoveryCode } from '../../src/core/keys/recovery-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('recovery code', () => {
  it('round-trips any 256-bit key through 13 groups of five', () => {
    for (let i = 0; i < 200; i++) {
      const key = randomBytes(32);
      const code = encodeRecoveryCode(key);
      expect(code).toMatch(/^([0-9A-Z]{5}-){12}[0-9A-Z]{5}$/);
      expect(decodeRecoveryCode(code).equals(key)).toBe(true);
    }
  });

  it('accepts lower case, spaces and look-alike letters as typed by hand', () => {
    const key = randomBytes(32);
    const code = encodeRecoveryCode(key);
    const handTyped = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(decodeRecoveryCode(handTyped).equals(key)).toBe(true);
  });

  it('names the group when any single character is mistyped', () => {
    const code = encodeRecoveryCode(randomBytes(32));
    const chars = code.replaceAll('-', '').split('');
    for (let pos = 0; pos < chars.length; pos++) {
      for (const replacement of ALPHABET) {
        if (replacement === chars[pos]) continue;
        const typo = [...chars];
        typo[pos] = replacement;
        expect(() => decodeRecoveryCode(typo.join(''))).toThrow(`Group ${Math.floor(pos / 5) + 1} of the recovery code looks mistyped`);
      }
    }
  });

  it('catches two neighbouring characters swapped, and two groups swapped', () => {
    const code = encodeRecoveryCode(randomBytes(32));
    const groups = code.split('-');
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      for (let i = 0; i < 4; i++) {
        if (group[i] === group[i + 1]) continue;
        const swapped = group.slice(0, i) + group[i + 1] + group[i] + group.slice(i + 2);
        const typo = [...groups];
        typo[g] = swapped;
        expect(() => decodeRecoveryCode(typo.join('-'))).toThrow(/looks mistyped/);
      }
    }
    const reordered = [groups[1], groups[0], ...groups.slice(2)].join('-');
    expect(() => decodeRecoveryCode(reordered)).toThrow(/Group 1 .* looks mistyped/);
  });

  it('refuses a code of the wrong length with VALIDATION', () => {
    expect(() => decodeRecoveryCode('ABCDE-FGHJK')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
