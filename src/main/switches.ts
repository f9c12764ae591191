/**
 * Chromium switches appended before `ready`: nothing in the browser layer may talk to a server.
 * The renderer's CSP and the session's request filter already stop the page; these stop Chromium's
 * own background traffic.
 */
export function privacySwitches(devUrl?: string): [name: string, value?: string][] {
  const devHost = devUrl ? new URL(devUrl).hostname : undefined;
  return [
    ['disable-background-networking'],
    ['disable-component-update'],
    ['disable-domain-reliability'],
    ['disable-breakpad'],
    ['no-pings'],
    ['disable-http-cache'],
    ['disable-features', 'MediaRouter,DialMediaRouteProvider,AutofillServerCommunication'],
    // No host name resolves at all (the dev server's host excepted, in development only).
    ['host-resolver-rules', devHost ? `MAP * ~NOTFOUND, EXCLUDE ${devHost}` : 'MAP * ~NOTFOUND'],
  ];
}
