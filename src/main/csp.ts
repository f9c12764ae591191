/**
 * The Content-Security-Policy of every page and file Hearth serves. src/renderer/index.html carries
 * the same policy in a <meta http-equiv> tag; a shell test keeps the two equal.
 *
 * `style-src 'unsafe-inline'` is deliberate: Svelte transitions and bits-ui positioning write inline
 * `style` attributes at run time, which a strict style-src would block. Scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every `app://` response, including errors. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Nothing decrypted is ever in a file, but nothing needs caching either.
  'Cache-Control': 'no-store',
};
