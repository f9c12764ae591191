import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/vaults/atomic-file';
import { tempDir } from './helpers';

describe('writeFileAtomic', () => {
  it('replaces a file with every byte of one several flush steps long, private, with no temp file left', () => {
    const dir = tempDir();
    const path = join(dir, 'export.json');
    writeFileSync(path, 'the old export');
    const bytes = Buffer.alloc(20 * 2 ** 20 + 7);
    for (let i = 0; i + 4 <= bytes.length; i += 4) bytes.writeUInt32LE(i, i);
    writeFileAtomic(path, bytes);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['export.json']);
  });
});
