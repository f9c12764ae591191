import { HearthError } from '../../shared/errors';

/**
 * The recovery code is the 256-bit data key itself, written in Crockford base32: 52 characters in
 * 13 groups of four, each followed by a check character. The check is a Damm digit over GF(32)
 * seeded with the group's position, so any single mistyped character, any swap of neighbours and
 * any group typed in the wrong place is caught and named before anything is tried.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 13;
const DATA_PER_GROUP = 4;
const KEY_BYTES = 32;

/** Multiply by x in GF(2^5) modulo x^5 + x^2 + 1. */
function timesX(v: number): number {
  const shifted = v << 1;
  return (shifted & 0x20 ? shifted ^ 0x25 : shifted) & 0x1f;
}

function checkDigit(group: number, digits: readonly number[]): number {
  let interim = group;
  for (const d of digits) interim = timesX(interim) ^ d;
  return timesX(interim);
}

export function encodeRecoveryCode(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new Error('A recovery code encodes exactly 32 bytes.');
  const digits: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of key) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      digits.push((buffer >> (bits - 5)) & 31);
      bits -= 5;
      buffer &= (1 << bits) - 1;
    }
  }
  digits.push((buffer << (5 - bits)) & 31); // 256 bits = 51 digits + 1 remaining bit, padded
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const data = digits.slice(g * DATA_PER_GROUP, (g + 1) * DATA_PER_GROUP);
    groups.push([...data, checkDigit(g, data)].map((d) => ALPHABET[d]).join(''));
  }
  return groups.join('-');
}

/** Crockford's reading of look-alike characters. */
function normaliseChar(c: string): string {
  if (c === 'O') return '0';
  if (c === 'I' || c === 'L') return '1';
  return c;
}

/** Parse what a person typed; throws VALIDATION naming the first mistyped group. */
export function decodeRecoveryCode(input: string): Buffer {
  const chars = [...input.toUpperCase().replace(/[\s\-_.]/g, '')].map(normaliseChar);
  if (chars.length !== GROUPS * (DATA_PER_GROUP + 1)) {
    throw new HearthError('VALIDATION', `A recovery code has ${GROUPS} groups of five characters; this one has ${chars.length} characters.`, { field: 'secret.code' });
  }
  const digits: number[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const group = chars.slice(g * 5, g * 5 + 5).map((c) => ALPHABET.indexOf(c));
    const data = group.slice(0, DATA_PER_GROUP);
    if (group.some((d) => d < 0) || checkDigit(g, data) !== group[DATA_PER_GROUP]) {
      throw new HearthError('VALIDATION', `Group ${g + 1} of the recovery code looks mistyped. Check it against your copy.`, { field: 'secret.code' });
    }
    digits.push(...data);
  }
  const key = Buffer.alloc(KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const d of digits) {
    buffer = (buffer << 5) | d;
    bits += 5;
    if (bits >= 8 && index < KEY_BYTES) {
      key[index++] = (buffer >> (bits - 8)) & 0xff;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return key;
}
