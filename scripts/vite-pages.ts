/**
 * Vite plugin: the static pages, drawn at build time from data/catalog.yaml. Next to index.html the
 * build gets problems/<id>/, projects/<id>/, article/, problems/, projects/ and data/ (each an
 * index.html readable without JavaScript), og/*.png link-preview images, badges, catalog.json /
 * projects.csv / one JSON per problem under data/, sitemap.xml and robots.txt. The app's index.html
 * gains the same link-preview tags. The public URL comes from SITE_URL (docs/deployment.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { formatError, parseCatalog, type Catalog } from '../src/lib/catalog/index.ts';
import { normaliseSiteUrl, paths, siteLinks, SITE_NAME } from '../src/lib/pages/index.ts';
import { buildSite } from './pages/buildSite.ts';

function loadCatalog(dataDir: string): Catalog {
  const result = parseCatalog(readFileSync(join(dataDir, 'catalog.yaml')), 'data/catalog.yaml');
  if (!result.ok) {
    throw new Error(
      `data/catalog.yaml is not a valid catalog:\n${result.errors.map(formatError).join('\n')}`,
    );
  }
  return result.catalog;
}

/** The app's own link-preview tags: its title and description stay; the whole map is the picture. */
function appPreviewTags(html: string, siteUrl: string | null): HtmlTagDescriptor[] {
  const links = siteLinks(siteUrl);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? SITE_NAME;
  const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  const image = links.absolute('', paths.mapImage);
  const alt =
    'The whole Cloud Native Map: every problem and the projects that solve it, coloured by maturity.';
  const meta = (attribute: string, key: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { [attribute]: key, content },
    injectTo: 'head',
  });
  // The title and description come from index.html already escaped; the tag writer escapes again.
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: links.absolute('', '') }, injectTo: 'head' },
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', unescape(title)),
    meta('property', 'og:description', unescape(description)),
    meta('property', 'og:url', links.absolute('', '')),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', alt),
    {
      tag: 'link',
      attrs: { rel: 'sitemap', type: 'application/xml', href: './sitemap.xml' },
      injectTo: 'head',
    },
    {
      tag: 'noscript',
      children: `<p class="noscript">Read the map as pages: <a href="./${paths.problems}">the problems</a>, <a href="./${paths.projects}">the projects</a>, <a href="./${paths.article}">the article</a>.</p>`,
      injectTo: 'body',
    },
  ];
}

export function pages(dataDir: string, env: NodeJS.ProcessEnv = process.env): Plugin {
  const siteUrl = env.SITE_URL ? normaliseSiteUrl(env.SITE_URL) : null;
  let building = false;
  return {
    name: 'cloud-native-map:pages',
    configResolved(config) {
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!building || !/(^|\/)index\.html$/.test(ctx.filename)) return;
        return appPreviewTags(html, siteUrl);
      },
    },
    async generateBundle() {
      const site = await buildSite(loadCatalog(dataDir), siteUrl);
      for (const [fileName, source] of site.files) this.emitFile({ type: 'asset', fileName, source });
      for (const note of site.notes) console.log(note);
    },
  };
}
