import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const allowList = JSON.parse(readFileSync(join(__dirname, 'allowed-network-strings.json'), 'utf8')) as {
  allowed: { file: string; text: string; why: string }[];
};

/** What sends bytes somewhere: Hearth has no business with any of it. */
const FORBIDDEN: [string, RegExp][] = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['Node http/https/net client', /from\s+['"](node:)?(https?|http2|net|tls|dgram|dns)['"]|require\(\s*['"](node:)?(https?|http2|net|tls|dgram|dns)['"]\s*\)/],
  ['Electron net / shell.openExternal', /\bnet\.(request|fetch)\b|\bopenExternal\b/],
  ['remote URL', /\b(https?|wss?|ftp):\/\/(?!localhost\b|127\.0\.0\.1\b)[a-z0-9.-]+/i],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|svelte|html|css)$/.test(e.name) ? [path] : [];
  });
}

describe('nothing in src/ talks to the network', () => {
  it('uses no network API and names no remote address outside the reviewed allow-list', () => {
    const findings: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [what, pattern] of FORBIDDEN) {
            if (!pattern.test(line)) continue;
            if (allowList.allowed.some((a) => a.file === rel && line.includes(a.text))) continue;
            findings.push(`${rel}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
          }
        });
    }
    expect(findings).toEqual([]);
  });

  it('would catch a fetch, a socket and a remote URL', () => {
    const probe = ["await fetch('/x')", 'new WebSocket(u)', "import { get } from 'node:https'", "const u = 'https://example.org/a'"];
    for (const line of probe) expect(FORBIDDEN.some(([, p]) => p.test(line)), line).toBe(true);
    expect(FORBIDDEN.some(([, p]) => p.test("const local = 'http://localhost:5173'"))).toBe(false);
  });
});
