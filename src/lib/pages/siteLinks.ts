/**
 * Links between the static pages. Every file of the site has a path from the site's root
 * (`problems/tracing/`, `og/problem-tracing.png`); a page links to another with a relative URL, so the
 * site works at any address. Only what leaves the site (canonical URLs, Open Graph images, the sitemap,
 * badge snippets) needs the public URL, and without one those stay relative too.
 */
export interface SiteLinks {
  /** The public URL of the site's root, ending with a slash; null when unknown. */
  siteUrl: string | null;
  /** From the page at `from` to the file at `to`, both paths from the root (`''` is the root). */
  href(from: string, to: string): string;
  /** The public URL of `to`, or the relative link from `from` when the public URL is unknown. */
  absolute(from: string, to: string): string;
}

/** `https://example.org/map` → `https://example.org/map/`; anything but an http(s) URL is an error. */
export function normaliseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://example.org/map/, got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, got "${value}"`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  const up = '../'.repeat(depth);
  return up + to || './';
}

export function siteLinks(siteUrl: string | null): SiteLinks {
  const root = siteUrl === null ? null : normaliseSiteUrl(siteUrl);
  return {
    siteUrl: root,
    href: relativeHref,
    absolute: (from, to) => (root === null ? relativeHref(from, to) : new URL(to, root).href),
  };
}
