import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations.
import { ICON_DIR, MAIN_ICON, renderIcon, SIZES } from '../../scripts/icons.mjs';

/** Every PNG electron-builder packs: the 1024 one for Windows and macOS, the NxN folder for Linux. */
const EXPECTED: [string, number][] = [
  [MAIN_ICON, 1024],
  ...(SIZES as number[]).map((n): [string, number] => [join(ICON_DIR, `${n}x${n}.png`), n]),
];

describe('app icon PNGs (made by scripts/icons.mjs from resources/icon.svg)', () => {
  it('has every size the installers need', () => {
    expect(SIZES).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  });

  it.each(EXPECTED)('%s exists, is %i px square and has an alpha channel', async (file, size) => {
    expect(existsSync(file), `${file} is missing: run node scripts/icons.mjs`).toBe(true);
    const meta = await sharp(file).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([size, size]);
    expect(meta.hasAlpha).toBe(true);
  });

  it('is current: re-rendering the SVG at 256 gives the committed 256 png', async () => {
    const pixels = (input: Buffer | string) => sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const fresh = await pixels(await renderIcon(256));
    const committed = await pixels(join(ICON_DIR, '256x256.png'));
    expect(committed.info).toMatchObject({ width: 256, height: 256, channels: 4 });
    expect(fresh.data.length).toBe(committed.data.length);
    let sum = 0;
    let changed = 0;
    for (let px = 0; px < fresh.data.length; px += 4) {
      let worst = 0;
      for (let c = px; c < px + 4; c++) {
        const d = Math.abs((fresh.data[c] ?? 0) - (committed.data[c] ?? 0));
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 24) changed++;
    }
    // Another libvips/librsvg may antialias edges a little differently; recolouring or moving even one flame changes
    // several percent of the pixels clearly.
    const stale = 'resources/icon.svg changed: run node scripts/icons.mjs and commit the PNGs';
    expect(sum / fresh.data.length, stale).toBeLessThan(0.5);
    expect(changed / (256 * 256), stale).toBeLessThan(0.002);
  });
});
