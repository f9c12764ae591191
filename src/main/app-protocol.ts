import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

/** Privileges of `app:`; registered before `ready` (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function answer(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Serves `app://hearth/<path>` from `rendererRoot` (out/renderer) and nothing else: only GET/HEAD,
 * only the `hearth` host, no path that resolves (through `..`, encoded separators or symlinks)
 * outside the root. Every response carries the CSP and the other security headers.
 */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  const root = resolve(rendererRoot);
  let realRoot: Promise<string> | undefined;

  return async function handleAppRequest(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return answer(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') return answer(404, 'Not found');

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return answer(400, 'Bad request');
    }
    if (pathname.includes('\0')) return answer(400, 'Bad request');
    if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

    const target = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
    if (!isInside(root, target)) return answer(403, 'Forbidden');

    try {
      realRoot ??= realpath(root);
      const [base, real] = await Promise.all([realRoot, realpath(target)]);
      if (!isInside(base, real)) return answer(403, 'Forbidden');
      if (!(await stat(real)).isFile()) return answer(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(real));
      return answer(200, body, mimeTypeOf(real));
    } catch {
      realRoot = undefined;
      return answer(404, 'Not found');
    }
  };
}
