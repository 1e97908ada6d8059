/**
 * The response headers a deployment should send (docs/deployment.md shows them for Netlify, GitHub
 * Pages and nginx), and that `vite preview` sends so every browser test runs under them.
 * The Content-Security-Policy allows nothing but this site's own files: no inline script or style, no
 * eval. `connect-src https:` is there only for `?catalog=` links to catalogs on other sites; drop it to
 * forbid those. `frame-ancestors *` lets any page embed embed.html.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The custom element loads its stylesheet, scripts and catalog from this site into other sites' pages.
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};
