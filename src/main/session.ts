import type { Session } from 'electron';
import { createAppProtocolHandler } from './app-protocol';
import { APP_ORIGIN, APP_SCHEME, isAllowedRequest, type RequestPolicy } from './origin';

/**
 * The window's session. No `persist:` prefix, so Chromium keeps its cache, cookies and storage in
 * memory only: nothing the renderer sees is ever written to disk by the browser layer.
 */
export const HEARTH_PARTITION = 'hearth';

/** Where the spellchecker would fetch dictionaries: our own inert origin, never the network. */
export const INERT_DICTIONARY_URL = `${APP_ORIGIN}/no-dictionaries/`;

export interface SessionOptions extends RequestPolicy {
  /** The built renderer (out/renderer); the only folder `app://` serves. */
  rendererRoot: string;
  /**
   * Spell checking: true on macOS only, where Chromium asks the system's checker and downloads nothing. On Windows
   * and Linux it would need dictionaries, which Hearth does not ship, so it stays off there.
   */
  spellcheck?: boolean;
}

type HardenableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'webRequest'
  | 'protocol'
  | 'on'
>;

/** Deny every permission, cancel every request that is not Hearth's own, serve `app://`. */
export function hardenSession(ses: HardenableSession, options: SessionOptions): void {
  const policy: RequestPolicy = { devUrl: options.devUrl, devtools: options.devtools };

  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  ses.setSpellCheckerEnabled(options.spellcheck === true);
  // Never used on macOS (the system's checker has its own dictionaries); anywhere else, a download goes nowhere.
  ses.setSpellCheckerDictionaryDownloadURL(INERT_DICTIONARY_URL);

  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy);
    if (!allowed) console.warn('Hearth blocked a request that would have left the app.');
    callback({ cancel: !allowed });
  });

  // Nothing in Hearth downloads; a stray link to a file must not write it anywhere.
  ses.on('will-download', (event) => event.preventDefault());

  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(options.rendererRoot));
}
