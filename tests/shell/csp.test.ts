import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'core' && dir.endsWith('main') ? [] : files(path)) : [path];
  });
}

describe('content security policy', () => {
  it('is strict: nothing from anywhere but the app, no connections at all', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it("equals the renderer's <meta http-equiv> policy", () => {
    const html = join(PROJECT, 'src', 'renderer', 'index.html');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(readFileSync(html, 'utf8'));
    expect(meta, 'index.html has a CSP meta tag').not.toBeNull();
    expect(meta![1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the shell stays offline', () => {
  it('has no http(s) URL with a host name in src/main (outside core) or src/preload', () => {
    const sources = [...files(join(PROJECT, 'src', 'main')), ...files(join(PROJECT, 'src', 'preload'))].filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/https?:\/\/[a-z0-9]/i);
  });

  it('never starts the crash reporter or the auto-updater, nor adds recent documents', () => {
    const sources = [...files(join(PROJECT, 'src', 'main')), ...files(join(PROJECT, 'src', 'preload'))].filter((f) => f.endsWith('.ts'));
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/crashReporter|autoUpdater|addRecentDocument|openDevTools|shell\.openExternal/);
    }
  });

  it('the built preload (when built) requires nothing but electron', (context) => {
    const built = join(PROJECT, 'out', 'preload', 'index.cjs');
    if (!existsSync(built)) {
      console.log('Skipped: out/preload/index.cjs is not built (run npm run build).');
      context.skip();
    }
    const required = [...readFileSync(built, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required.filter((name) => name !== 'electron')).toEqual([]);
  });
});
