/** `sitemap.xml` and `robots.txt`. The sitemap protocol wants absolute URLs: relative ones are written only without a public URL. */
import { escapeXml } from '../render/escapeXml.ts';
import type { SiteLinks } from './siteLinks.ts';

/** `pages`: paths from the site's root, the root itself as `''`. */
export function sitemapXml(pages: string[], links: SiteLinks): string {
  const urls = pages.map((path) => `<url><loc>${escapeXml(links.absolute('', path))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}

export function robotsTxt(links: SiteLinks): string {
  const sitemap = links.siteUrl ? `Sitemap: ${new URL('sitemap.xml', links.siteUrl).href}\n` : '';
  return `User-agent: *\nAllow: /\n${sitemap}`;
}
