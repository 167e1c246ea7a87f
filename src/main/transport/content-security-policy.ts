/**
 * The renderer's Content-Security-Policy: only our own scripts and styles, no
 * inline script, no plugins, no framing, and network access only to where the
 * page came from (the loopback host or nothing at all inside Electron).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
