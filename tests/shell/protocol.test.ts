import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeOf } from '../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

let temp: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'hearth-protocol-'));
  root = join(temp, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hearth</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'inter.woff2'), 'font');
  writeFileSync(join(temp, 'secret.txt'), 'outside the renderer root');
  symlinkSync(join(temp, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handle = createAppProtocolHandler(root);
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP and the security headers', async () => {
    const response = await get('app://hearth/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Hearth</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://hearth/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Hearth');
  });

  it('answers with the right MIME type per file', async () => {
    expect((await get('app://hearth/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://hearth/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://hearth/assets/inter.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect(mimeTypeOf('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    'app://hearth/..%2fsecret.txt',
    'app://hearth/assets/..%2f..%2fsecret.txt',
    'app://hearth/%2e%2e/secret.txt',
    'app://hearth/..%5csecret.txt',
    'app://hearth/assets/link.txt',
    'app://hearth/%2fetc%2fpasswd',
  ])('refuses to serve anything outside the renderer root: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer root');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses other hosts, malformed escapes, NUL bytes and other methods', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://hearth/%E0%A4%A')).status).toBe(400);
    expect((await get('app://hearth/index.html%00.js')).status).toBe(400);
    expect((await get('app://hearth/index.html', 'POST')).status).toBe(405);
    expect((await get('app://hearth/missing.js')).status).toBe(404);
    expect((await get('app://hearth/assets')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://hearth/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
