import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicAsync } from '../../src/core/vaults/atomic-file';
import { VaultRegistry } from '../../src/core/vaults/registry';
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

describe('writeFileAtomicAsync', () => {
  it('replaces a file off the event loop, private, with no temp file left, and fails without touching the old one', async () => {
    const dir = tempDir();
    const path = join(dir, 'vaults.json');
    writeFileSync(path, 'the old list');
    await writeFileAtomicAsync(path, 'the new list');
    expect(readFileSync(path, 'utf8')).toBe('the new list');
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['vaults.json']);

    await expect(writeFileAtomicAsync(join(dir, 'missing folder', 'vaults.json'), 'lost')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual(['vaults.json']);
  });
});

describe('VaultRegistry', () => {
  it('sees each change at once and keeps every one of several made without waiting', async () => {
    const dataDir = tempDir();
    const registry = new VaultRegistry(dataDir);
    const [a, b] = [tempDir(), tempDir()];
    const writes = [registry.remember({ id: 'a', name: 'Ours', path: a }), registry.remember({ id: 'b', name: 'Theirs', path: b })];
    // Read while both writes are still under way: the list already holds both.
    expect(registry.list().map((v) => v.id)).toEqual(['a', 'b']);
    const forgetting = registry.forget('a');
    expect(registry.list().map((v) => v.id)).toEqual(['b']);
    await Promise.all([...writes, forgetting]);
    expect(new VaultRegistry(dataDir).list().map((v) => v.id)).toEqual(['b']);
    expect(readdirSync(dataDir)).toEqual(['vaults.json']);
  });
});
