/** The one origin Hearth's window may show: the built renderer served by the `app:` protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for `app://hearth/...` and, in development only, for the electron-vite dev server's origin
 * (`devUrl`, taken from ELECTRON_RENDERER_URL). Anything else is not Hearth.
 */
export function isAppUrl(url: string, devUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.hostname.toLowerCase() === APP_HOST && parsed.port === '';
  if (!devUrl) return false;
  const dev = parse(devUrl);
  return dev !== null && parsed.protocol === dev.protocol && parsed.host === dev.host;
}

export interface RequestPolicy {
  /** The dev server's URL, only when running under `electron-vite dev`. */
  devUrl?: string | undefined;
  /** Whether devtools may load (`devtools:` requests). */
  devtools: boolean;
}

/**
 * Which requests the window's session lets through: the app's own files, inline `data:`/`blob:`
 * images the CSP allows, and in development the dev server (HTTP and its HMR websocket) and devtools.
 * Everything else (http, https, ws, file, ftp, ...) is cancelled before it leaves the process.
 */
export function isAllowedRequest(url: string, policy: RequestPolicy): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return isAppUrl(url);
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return policy.devtools;
    case 'ws:':
    case 'wss:': {
      if (!policy.devUrl) return false;
      const dev = parse(policy.devUrl);
      return dev !== null && parsed.host === dev.host && parsed.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:');
    }
    default:
      return isAppUrl(url, policy.devUrl);
  }
}
