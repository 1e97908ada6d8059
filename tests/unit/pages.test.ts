/**
 * The static pages as a reader without JavaScript and a link preview see them: a page per problem and
 * per project that names what it should, the head tags previews read, structured data, the sitemap,
 * and catalog text that never becomes markup. Built with planSite, exactly as the build does.
 */
import { describe, expect, test } from 'vitest';
import { planSite, relativeHref, siteLinks, type SitePlan } from '../../src/lib/pages/index.ts';
import { bundledCatalog, loadCatalog, minimalCatalog } from '../helpers/catalogs.ts';

const assets = { css: 'assets/pages-x.css', js: 'assets/pages-x.js' };
const catalog = bundledCatalog();
const plan = planSite(catalog, { siteUrl: null, assets });
const withUrl = planSite(catalog, { siteUrl: 'https://example.org/tools/map', assets });

const page = (p: SitePlan, path: string) => {
  const html = p.files.get(`${path}index.html`);
  if (html === undefined) throw new Error(`no page at ${path}`);
  return html;
};
const text = (html: string) =>
  html
    .replace(/<script[^]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];

describe('a page per problem', () => {
  test.each(catalog.problems.map((p) => [p.id, p] as const))(
    '%s names the problem, its question and every project',
    (id, problem) => {
      const html = page(plan, `problems/${id}/`);
      const body = text(html);
      expect(text(/<h1>([^]*?)<\/h1>/.exec(html)![1]!).trim()).toBe(problem.name);
      expect(body).toContain(problem.question);
      const projects = catalog.projects.filter((p) => p.problems.includes(id));
      expect(projects.length).toBeGreaterThan(0);
      for (const project of projects) expect(body).toContain(project.name);
      expect(body).toContain(`${projects.length} project`);
      if (problem.article) {
        expect(body).toContain(problem.article.quote);
        expect(html).toContain('#:~:text=');
      } else expect(body).toContain('Beyond the article');
    },
  );

  test('lists its projects as an ItemList in JSON-LD, in the order of the page', () => {
    const html = page(plan, 'problems/tracing/');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(json!) as {
      '@type': string;
      itemListElement: Array<{ name: string; url: string }>;
    };
    expect(data['@type']).toBe('ItemList');
    const names = data.itemListElement.map((item) => item.name);
    const listed = [...html.matchAll(/<li><a href="\.\.\/\.\.\/projects\/[^"]+">([^<]+)<\/a>/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(listed);
    expect(data.itemListElement[0]!.url).toMatch(/^\.\.\/\.\.\/projects\/[a-z0-9-]+\/$/);
  });
});

describe('a page per project', () => {
  test.each(catalog.projects.map((p) => [p.id, p] as const))(
    '%s names the project, its problems and links',
    (id, project) => {
      const html = page(plan, `projects/${id}/`);
      const body = text(html);
      expect(body).toContain(project.name);
      for (const problemId of project.problems) {
        expect(body).toContain(catalog.problems.find((p) => p.id === problemId)!.name);
        expect(html).toContain(`href="../../problems/${problemId}/"`);
      }
      expect(html).toContain(`href="${project.homepage.replace(/&/g, '&amp;')}"`);
      expect(html).toContain(`src="../../projects/${id}/badge.svg"`);
      expect(plan.files.get(`projects/${id}/badge.svg`)).toMatch(/^<svg[^]*<\/svg>\n$/);
    },
  );

  test('offers its badge as Markdown and HTML pointing at the public URL when there is one', () => {
    const html = page(withUrl, 'projects/jaeger/');
    expect(html).toContain(
      '[![Cloud Native Map: Distributed tracing](https://example.org/tools/map/projects/jaeger/badge.svg)](https://example.org/tools/map/projects/jaeger/)',
    );
    expect(html).toContain(
      '&lt;a href=&quot;https://example.org/tools/map/projects/jaeger/&quot;&gt;&lt;img src=&quot;https://example.org/tools/map/projects/jaeger/badge.svg&quot;',
    );
    // Without one, the snippet's URLs are marked for the page's script to make absolute.
    expect(page(plan, 'projects/jaeger/')).toContain('<span data-url>../../projects/jaeger/badge.svg</span>');
  });

  test("shows its timeline when the catalog has dates, with the article's day in its place", () => {
    const dated = catalog.projects.find((p) => p.dates?.graduated && p.dates.accepted);
    expect(dated, 'the bundled catalog dates CNCF projects').toBeDefined();
    const body = text(page(plan, `projects/${dated!.id}/`));
    expect(body).toMatch(/Timeline .*Joined the CNCF at /);
    expect(body).toMatch(/10 December 2020 ?: The article is published/);
    expect(body).toContain('Graduated');
    expect(page(plan, `projects/${dated!.id}/`)).toContain(`<time datetime="${dated!.dates!.graduated}">`);
    const undated = catalog.projects.find((p) => !p.dates)!;
    expect(page(plan, `projects/${undated.id}/`)).not.toContain('Timeline');
  });
});

describe('every page', () => {
  const pages = [...plan.files].filter(([path]) => path.endsWith('index.html'));

  test('has a title, a description, a canonical URL and a 1200×630 preview image', () => {
    expect(pages.length).toBe(catalog.problems.length + catalog.projects.length + 4);
    for (const [path, html] of pages) {
      expect(html, path).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(metaContent(html, 'description')?.length, path).toBeGreaterThan(30);
      expect(text(metaContent(html, 'description')!).length, path).toBeLessThanOrEqual(170);
      expect(html, path).toMatch(/<link rel="canonical" href="[^"]+">/);
      expect(metaContent(html, 'og:image'), path).toMatch(/^(\.\.\/)+og\/[a-z0-9-]+\.png$/);
      expect(plan.images.has(metaContent(html, 'og:image')!.replace(/^(\.\.\/)+/, '')), path).toBe(true);
      expect(metaContent(html, 'og:image:width')).toBe('1200');
      expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    }
  });

  test('uses absolute URLs for what leaves the site once SITE_URL is set', () => {
    const html = page(withUrl, 'problems/tracing/');
    expect(html).toContain('<link rel="canonical" href="https://example.org/tools/map/problems/tracing/">');
    expect(metaContent(html, 'og:image')).toBe('https://example.org/tools/map/og/problem-tracing.png');
    expect(withUrl.files.get('robots.txt')).toContain('Sitemap: https://example.org/tools/map/sitemap.xml');
  });

  test('keeps to the Content-Security-Policy: no inline script or style, no event attributes', () => {
    for (const [path, html] of pages) {
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      for (const attributes of scripts)
        expect(attributes, path).toMatch(/src="|type="application\/ld\+json"/);
      expect(html, path).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    }
  });

  test('is listed in the sitemap, with the app itself', () => {
    const sitemap = plan.files.get('sitemap.xml')!;
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(pages.length + 1);
    for (const [path] of pages) expect(locs).toContain(path.replace(/index\.html$/, ''));
    expect(withUrl.files.get('sitemap.xml')).toContain(
      '<loc>https://example.org/tools/map/problems/tracing/</loc>',
    );
  });
});

const SAFE_TAGS = (
  'html head meta title link script body a header nav main footer article section h1 h2 h3 p ul ol li br span ' +
  'blockquote figure picture source img figcaption pre code button time svg desc g path circle rect text tspan clippath'
).split(' ');

test('catalog text never becomes markup, in pages, maps or badges', () => {
  const hostile = planSite(loadCatalog('tests/fixtures/hostile/catalog.yaml'), { siteUrl: null, assets });
  for (const [path, content] of hostile.files) {
    if (!/\.(html|svg)$/.test(path)) continue;
    // Every real tag is one the page itself writes, and none carries an event handler or a script URL.
    for (const [tag, name] of content.matchAll(/<\/?([a-zA-Z][\w:-]*)[^>]*>/g)) {
      expect(SAFE_TAGS, `${path}: ${tag}`).toContain(name!.toLowerCase());
      expect(tag.replace(/"[^"]*"/g, '""'), path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag, path).not.toMatch(/(href|src)="\s*javascript:/i);
    }
  }
  const html = hostile.files.get('problems/tracing/index.html')!;
  expect(html).toContain(
    '<h1>&lt;script&gt;alert(&quot;tracing&quot;)&lt;/script&gt; tracing &amp; logs</h1>',
  );
  // JSON-LD cannot be closed from inside.
  expect(/<script type="application\/ld\+json">[^<]*<\/script>/.test(html)).toBe(true);
});

test('a small catalog gives its own pages and nothing of another catalog', () => {
  const small = minimalCatalog();
  const site = planSite(small, { siteUrl: null, assets });
  const pages = [...site.files.keys()].filter((p) => p.endsWith('index.html'));
  expect(pages).toHaveLength(small.problems.length + small.projects.length + 4);
  expect(site.images.size).toBe(small.problems.length + 2);
});

test.each([
  ['', 'problems/', 'problems/'],
  ['problems/tracing/', '', '../../'],
  ['problems/tracing/', 'og/map.png', '../../og/map.png'],
  ['article/', 'problems/tracing/', '../problems/tracing/'],
])('a link from %j to %j is %j', (from, to, href) => {
  expect(relativeHref(from, to)).toBe(href);
});

test.each([
  ['https://example.org', 'https://example.org/'],
  ['https://example.org/map', 'https://example.org/map/'],
  ['https://example.org/map/?x=1#y', 'https://example.org/map/'],
])('SITE_URL %j is read as %j', (value, root) => {
  expect(siteLinks(value).siteUrl).toBe(root);
});

test.each(['example.org', 'ftp://example.org/', ''])('SITE_URL %j is refused with a hint', (value) => {
  expect(() => siteLinks(value)).toThrow(/SITE_URL must/);
});

test("an imported landscape's own headings read as such: no article note, their category shown", () => {
  const small = minimalCatalog();
  const heading = {
    id: 'build-automation',
    name: 'Build Automation',
    question: 'Which projects are listed under Build Automation?',
    aliases: [],
    article: null,
    group: 'CI/CD',
  };
  const project = { ...small.projects[0]!, id: 'jenkins', name: 'Jenkins', problems: ['build-automation'] };
  const site = planSite(
    { ...small, problems: [...small.problems, heading], projects: [...small.projects, project] },
    { siteUrl: null, assets },
  );
  const html = page(site, 'problems/build-automation/');
  expect(html).toContain('<p class="eyebrow">Problem · CI/CD</p>');
  expect(html).not.toMatch(/Beyond the article|Why it arises/);
  expect(page(site, 'article/')).not.toContain('Build Automation');
});
