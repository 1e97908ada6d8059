/**
 * The response headers a deployment should send (docs/deployment.md shows them for Netlify, GitHub
 * Pages and nginx), and that `vite preview` sends so every browser test runs under them.
 * The Content-Security-Policy allows nothing but this site's own files: no inline script or style, no
 * eval. `connect-src https:` is there only for `?catalog=` links to catalogs on other sites; drop it to
 * forbid those. `frame-ancestors *` lets any page embed embed.html.
 */
import type { Plugin } from 'vite';

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

/**
 * The same policy for a `<meta http-equiv>` tag, for hosts that cannot send headers (GitHub Pages):
 * browsers ignore frame-ancestors, report-uri and sandbox in a meta tag, so only headers can add them.
 * Every HTML page of the build carries it (cspMeta below); static page generators can use it too.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(directive))
  .join('; ');

export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;

const HAS_CSP_META = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy/i;

/** The meta tag first in <head> (a policy covers only what comes after it), unless the page has one. */
export function withCspMeta(html: string): string {
  if (HAS_CSP_META.test(html)) return html;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    ${CSP_META_TAG}`);
}

/**
 * Vite plugin, build only (the dev server injects inline styles): the meta policy in index.html and
 * in every other HTML file of the build, including pages other plugins emit (problem and project pages).
 */
export function cspMeta(): Plugin {
  return {
    name: 'cloud-native-map:csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html) },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withCspMeta(html);
        }
      },
    },
  };
}
