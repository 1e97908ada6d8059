/**
 * The frame every static page shares: the head a search engine and a link preview read (title,
 * description, canonical URL, Open Graph and Twitter card tags), the site's header and footer, and the
 * page's one stylesheet and one small script, both external files so the strict Content-Security-Policy
 * (no inline script or style) holds. JSON-LD is a data block, never executed, so the policy allows it.
 */
import type { Article } from '../catalog/types.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { SiteLinks } from './siteLinks.ts';

export const SITE_NAME = 'Cloud Native Map';

export interface PageAssets {
  /** Paths from the site's root. */
  css: string;
  js: string;
}

export interface PageFrame {
  /** The page's path from the root, ending with a slash (`problems/tracing/`). */
  path: string;
  title: string;
  description: string;
  /** Path of the 1200×630 preview image from the root, and what it shows. */
  image: { path: string; alt: string };
  type?: 'website' | 'article';
  /** Structured data, serialised into a data block. */
  jsonLd?: object;
  body: string;
}

export interface ShellContext {
  links: SiteLinks;
  assets: PageAssets;
  /** Credited in every page's footer. */
  article: Pick<Article, 'title' | 'url' | 'author'>;
  /** Where the facts about projects come from, as HTML. */
  landscape: string;
}

/** JSON inside <script>: `<` is escaped so that no text can close the element. */
export function jsonScript(data: object): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}

function meta(attribute: 'name' | 'property', key: string, value: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
}

export function pageShell(frame: PageFrame, { links, assets, article, landscape }: ShellContext): string {
  const { path } = frame;
  const to = (target: string) => escapeHtml(links.href(path, target));
  const url = links.absolute(path, path);
  const image = links.absolute(path, frame.image.path);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(frame.title)}</title>`,
    meta('name', 'description', frame.description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', frame.type ?? 'website'),
    meta('property', 'og:title', frame.title),
    meta('property', 'og:description', frame.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', frame.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', frame.title),
    meta('name', 'twitter:description', frame.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', frame.image.alt),
    `<link rel="icon" href="${to('favicon.svg')}" type="image/svg+xml">`,
    `<link rel="sitemap" type="application/xml" href="${to('sitemap.xml')}">`,
    `<link rel="stylesheet" href="${to(assets.css)}">`,
    `<script type="module" src="${to(assets.js)}"></script>`,
    ...(frame.jsonLd ? [jsonScript(frame.jsonLd)] : []),
  ];
  return `<!doctype html>
<html lang="en">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site">
<a class="site-name" href="${to('')}">${SITE_NAME}</a>
<nav aria-label="Site">
<a href="${to('problems/')}">Problems</a>
<a href="${to('projects/')}">Projects</a>
<a href="${to('article/')}">The article</a>
<a href="${to('data/')}">Data</a>
</nav>
</header>
<main id="main">
${frame.body}
</main>
<footer class="site">
<p>${SITE_NAME} is a map of the problems microservices create and the projects that solve them, after
<a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a> by ${escapeHtml(article.author)}.
Facts about projects come from ${landscape}.
<a href="${to('data/')}">Reuse the data</a>.</p>
</footer>
</body>
</html>
`;
}
