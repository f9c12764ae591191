import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 20: the renderer loads only what the first screen needs, and each heavy section when it is first opened. This
 * reads the built renderer (out/renderer; npm test builds it before this tier) and follows each chunk's static imports:
 * what the start screen loads before drawing (index.html's entry) and what the frame loads after an unlock (the Frame
 * chunk) must not hold the strength meter's dictionaries (zxcvbn), the charts (layerchart) or the sections that are
 * chunks of their own (frame/parts.ts).
 */
const ASSETS = join(__dirname, '..', '..', 'out', 'renderer', 'assets');
const HTML = join(__dirname, '..', '..', 'out', 'renderer', 'index.html');

/** Text only these packages put in a chunk (a dictionary's name, a message's prefix): minifying keeps string literals. */
const MARKERS: Record<string, RegExp> = {
  zxcvbn: /passwords-common/,
  layerchart: /\[layerchart\]|__layerchart_/,
};
/** The sections that are chunks of their own (frame/parts.ts), and the strength rule (keys/passphrase.svelte.ts). */
const OWN_CHUNKS = ['Insights-', 'Export-', 'Settings-', 'strength-'];

function read(file: string): string {
  return readFileSync(join(ASSETS, file), 'utf8');
}

/** A chunk and every chunk it imports statically (not `import()`), by file name. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) closure(match[1]!, seen);
  return seen;
}

function chunks(): string[] {
  if (!existsSync(HTML)) throw new Error('out/renderer is not built: run `npm run build` (npm test does) first.');
  return readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
}

function offences(files: Set<string>): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const prefix of OWN_CHUNKS) if (file.startsWith(prefix)) found.push(`${file} is loaded with it`);
    const text = read(file);
    for (const [name, marker] of Object.entries(MARKERS)) if (marker.test(text)) found.push(`${file} holds ${name}`);
  }
  return found;
}

describe('the built renderer loads each heavy part only when it is opened', () => {
  it('keeps the frame, the sections, the charts and zxcvbn out of what the start screen loads', () => {
    chunks();
    const entry = /<script[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(HTML, 'utf8'))?.[1];
    expect(entry, 'index.html has a module entry').toBeTruthy();
    const start = closure(entry!);
    expect([...start].filter((f) => f.startsWith('Frame-'))).toEqual([]);
    expect(offences(start)).toEqual([]);
  });

  it('keeps the charts, zxcvbn, Insights, the export and Settings out of the frame’s chunk', () => {
    const frame = chunks().filter((f) => /^Frame-[\w-]+\.js$/.test(f));
    expect(frame, 'one Frame chunk').toHaveLength(1);
    expect(offences(closure(frame[0]!))).toEqual([]);
  });

  it('still finds each marker and each own chunk somewhere in the build (so the checks above cannot go blind)', () => {
    const all = chunks();
    for (const [name, marker] of Object.entries(MARKERS)) expect(all.some((f) => marker.test(read(f))), name).toBe(true);
    for (const prefix of OWN_CHUNKS) expect(all.some((f) => f.startsWith(prefix)), prefix).toBe(true);
  });
});
