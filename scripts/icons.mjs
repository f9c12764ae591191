#!/usr/bin/env node
// Renders Hearth's app icon from its one source drawing, resources/icon.svg, into every PNG electron-builder needs:
// resources/icon.png (1024×1024: it makes the Windows .ico and the macOS .icns from it) and resources/icons/NxN.png
// (the Linux icon folder, electron-builder.yml's `linux.icon`). Run `node scripts/icons.mjs` after changing the
// SVG and commit the PNGs: tests/static/icons.test.ts fails while they are out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = join(root, 'resources', 'icon.svg');
export const MAIN_ICON = join(root, 'resources', 'icon.png');
export const ICON_DIR = join(root, 'resources', 'icons');
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The icon as a size×size RGBA PNG. The SVG is drawn on a 1024 canvas; rasterising it at the density that gives
 * the wanted size (rather than shrinking a 1024 bitmap) keeps the small sizes crisp. */
export async function renderIcon(size) {
  const svg = readFileSync(SOURCE);
  return sharp(svg, { density: (72 * size) / 1024 })
    .resize(size, size)
    .ensureAlpha()
    .png({ compressionLevel: 9 })
    .toBuffer();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = join(ICON_DIR, `${size}x${size}.png`);
    writeFileSync(file, await renderIcon(size));
    console.log(`wrote ${relative(root, file)}`);
  }
  writeFileSync(MAIN_ICON, await renderIcon(1024));
  console.log(`wrote ${relative(root, MAIN_ICON)}`);
}
