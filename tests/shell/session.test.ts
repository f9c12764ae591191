import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from 'electron';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';
import { HEARTH_PARTITION, hardenSession } from '../../src/main/session';
import { FakeEvent, FakeSession, resetFake } from './fake-electron';

const root = mkdtempSync(join(tmpdir(), 'hearth-session-'));
writeFileSync(join(root, 'index.html'), '<!doctype html>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DEV_URL = 'http://localhost:5173/';

function harden(options: { devUrl?: string; devtools?: boolean; spellcheck?: boolean } = {}): FakeSession {
  const ses = new FakeSession(HEARTH_PARTITION);
  hardenSession(ses as unknown as Session, { rendererRoot: root, devUrl: options.devUrl, devtools: options.devtools ?? false, spellcheck: options.spellcheck });
  return ses;
}

beforeEach(() => resetFake());

describe('hardenSession', () => {
  it('uses an in-memory partition (no persist: prefix)', () => {
    expect(HEARTH_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('denies every permission request and check', () => {
    const ses = harden();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      ses.permissionRequestHandler?.({}, permission, (answer) => (granted = answer), {});
      expect(granted, permission).toBe(false);
      expect(ses.permissionCheckHandler?.({}, permission, 'app://hearth', {}), permission).toBe(false);
    }
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
    let streams: unknown = 'unanswered';
    ses.displayMediaRequestHandler?.({}, (answer) => (streams = answer));
    expect(streams).toBeNull();
  });

  it('turns the spellchecker off and points dictionary downloads at nothing on the network', () => {
    const ses = harden();
    expect(ses.spellCheckerEnabled).toBe(false);
    expect(ses.dictionaryDownloadUrl).toBeDefined();
    expect(ses.dictionaryDownloadUrl).not.toMatch(/^(https?|ftp|wss?):/i);
  });

  it('turns the spellchecker on only when asked (macOS), still with no dictionary address on the network', () => {
    const mac = harden({ spellcheck: true });
    expect(mac.spellCheckerEnabled).toBe(true);
    expect(mac.dictionaryDownloadUrl).not.toMatch(/^(https?|ftp|wss?):/i);
    // Should Chromium ask for a dictionary anyway, the request filter cancels it like any other.
    expect(mac.isCancelled('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true);
    expect(harden({ spellcheck: false }).spellCheckerEnabled).toBe(false);
  });

  it('cancels every request that is not the app in production', () => {
    const ses = harden();
    expect(ses.isCancelled('app://hearth/index.html')).toBe(false);
    expect(ses.isCancelled('app://hearth/assets/app.js')).toBe(false);
    expect(ses.isCancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(ses.isCancelled('blob:app://hearth/5f0c')).toBe(false);
    for (const url of [
      'http://example.org/',
      'https://example.org/track',
      'ws://example.org/',
      'wss://example.org/',
      'file:///etc/passwd',
      'ftp://example.org/',
      'app://evil/index.html',
      'app://hearth:8080/index.html',
      'devtools://devtools/bundled/inspector.html',
      DEV_URL,
      'ws://localhost:5173/',
      'not a url',
    ]) {
      expect(ses.isCancelled(url), url).toBe(true);
    }
  });

  it('lets the dev server and devtools through only when asked to (development)', () => {
    const ses = harden({ devUrl: DEV_URL, devtools: true });
    expect(ses.isCancelled('http://localhost:5173/src/main.ts')).toBe(false);
    expect(ses.isCancelled('ws://localhost:5173/')).toBe(false);
    expect(ses.isCancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(ses.isCancelled('http://localhost:5174/')).toBe(true);
    expect(ses.isCancelled('https://example.org/')).toBe(true);
  });

  it('cancels downloads', () => {
    const ses = harden();
    const event = new FakeEvent();
    expect(ses.emit('will-download', event, {})).toBe(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('serves app:// on this session with the CSP', async () => {
    const ses = harden();
    const handler = ses.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://hearth/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
