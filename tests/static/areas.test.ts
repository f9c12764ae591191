import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';

const SRC = join(import.meta.dirname, '..', '..', 'src');

// One name per area in every layer: from a screen to its handlers and its schemas in one step.
describe('every contract area', () => {
  for (const area of Object.keys(contract)) {
    it(`${area}: src/shared/${area}.ts, src/core/${area}/handlers.ts and src/renderer/src/${area}/`, () => {
      expect(existsSync(join(SRC, 'shared', `${area}.ts`)), `src/shared/${area}.ts`).toBe(true);
      expect(existsSync(join(SRC, 'core', area, 'handlers.ts')), `src/core/${area}/handlers.ts`).toBe(true);
      expect(existsSync(join(SRC, 'renderer', 'src', area)), `src/renderer/src/${area}/`).toBe(true);
    });
  }

  it('is listed in core.ts with its own handlers', () => {
    const core = readFileSync(join(SRC, 'core', 'core.ts'), 'utf8');
    for (const area of Object.keys(contract)) expect(core, area).toMatch(new RegExp(`^    ${area}: ${area}Handlers\\(`, 'm'));
  });
});
