/**
 * The static pages in the production build: readable without JavaScript, every link resolving, preview
 * images of the right size, the sitemap complete, light on script, accessible in both themes, and quiet
 * under the deployment's Content-Security-Policy (JSON-LD included). `npm run build` first.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checkSite, htmlFiles } from '../../scripts/pages/checkLinks.ts';
import { parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';

const DIST = 'dist';
const catalog = (() => {
  const result = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
  if (!result.ok) throw new Error('data/catalog.yaml does not validate');
  return result.catalog;
})() satisfies Catalog;
const pageFiles = () => htmlFiles(DIST).filter((file) => !file.endsWith('embed.html'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('the built site', () => {
  test('has a page per problem and per project, the article, and the lists', () => {
    for (const problem of catalog.problems)
      expect(existsSync(join(DIST, `problems/${problem.id}/index.html`))).toBe(true);
    for (const project of catalog.projects)
      expect(existsSync(join(DIST, `projects/${project.id}/index.html`))).toBe(true);
    for (const path of ['article', 'problems', 'projects', 'data'])
      expect(existsSync(join(DIST, path, 'index.html'))).toBe(true);
  });

  test('every link on every page resolves', () => {
    const { files, broken } = checkSite(DIST);
    expect(files).toBeGreaterThan(catalog.projects.length);
    expect(broken).toEqual([]);
  });

  test('every page, the app included, has a 1200×630 preview image that exists', () => {
    for (const file of pageFiles()) {
      const html = readFileSync(file, 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, relative(DIST, file)).toBeTruthy();
      expect(/<link rel="canonical" href="[^"]+"/.test(html), relative(DIST, file)).toBe(true);
      const png = resolve(dirname(file), image!);
      expect(pngSize(png), relative(DIST, png)).toEqual({ width: 1200, height: 630 });
    }
  });

  test('the sitemap lists every page, and robots.txt exists', () => {
    // Built without SITE_URL, so the sitemap holds paths from the root ('./' is the app).
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!).sort();
    const pages = pageFiles()
      .map((file) => relative(DIST, dirname(file)))
      .map((dir) => (dir ? `${dir}/` : './'))
      .sort();
    expect(listed).toEqual(pages);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*/);
  });

  test('each static page loads less than 5 kB of JavaScript', () => {
    for (const file of pageFiles().filter((f) => !f.endsWith(`${DIST}/index.html`))) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) =>
        resolve(dirname(file), m[1]!),
      );
      const bytes = scripts.reduce((sum, script) => sum + statSync(script).size, 0);
      expect(bytes, relative(DIST, file)).toBeLessThan(5 * 1024);
    }
  });

  test('the data files ship: catalog.json, projects.csv and one JSON per problem', () => {
    expect(JSON.parse(readFileSync(join(DIST, 'data/catalog.json'), 'utf8')).projects).toHaveLength(
      catalog.projects.length,
    );
    expect(readFileSync(join(DIST, 'data/projects.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^id,name,maturity,problems,homepage,repo/,
    );
    for (const problem of catalog.problems)
      expect(existsSync(join(DIST, `data/problems/${problem.id}.json`))).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a problem page reads in full', async ({ page }) => {
    const problem = catalog.problems.find((p) => p.id === 'tracing') ?? catalog.problems[0]!;
    await page.goto(`./problems/${problem.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(problem.name);
    await expect(page.getByText(problem.question)).toBeVisible();
    const projects = catalog.projects.filter((p) => p.problems.includes(problem.id));
    await expect(
      page.getByRole('heading', { name: `${projects.length} projects that solve it` }),
    ).toBeVisible();
    for (const project of projects)
      await expect(page.getByRole('link', { name: project.name, exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: new RegExp(`^Map of ${problem.name}`) })).toBeVisible();
    // The app needs JavaScript, so its link waits for it.
    await expect(page.getByRole('link', { name: 'Explore on the map' })).toBeHidden();
  });

  test('a project page names its problems and offers its badge', async ({ page }) => {
    const project = catalog.projects.find((p) => p.id === 'jaeger') ?? catalog.projects[0]!;
    await page.goto(`./projects/${project.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name);
    for (const id of project.problems) {
      await expect(
        page.getByRole('link', { name: catalog.problems.find((p) => p.id === id)!.name }).first(),
      ).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Homepage' })).toHaveAttribute('href', project.homepage);
    await expect(page.getByRole('img', { name: /^Cloud Native Map: / })).toBeVisible();
    await expect(page.locator('#badge-markdown')).toContainText('badge.svg');
  });
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/** A sample of pages, and the link into the app each shows once its script runs. */
const SAMPLE: Array<[string, RegExp | null]> = [
  ['problems/tracing/', /Explore on the map/],
  ['problems/chaos/', /Explore on the map/],
  ['projects/jaeger/', /Explore on the map/],
  ['projects/kubernetes/', /Explore on the map/],
  ['article/', /Take the tour/],
  ['problems/', null],
  ['data/', null],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility and CSP, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [path, explore] of SAMPLE) {
      test(path, async ({ page }) => {
        const reports: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) reports.push(message.text());
        });
        await page.goto(`./${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Checked with the page's script run, so what it shows is checked too.
        if (explore) await expect(page.getByRole('link', { name: explore })).toBeVisible();
        expect(await violations(page)).toEqual([]);
        expect(reports).toEqual([]);
      });
    }
  });
}

test('"Explore on the map" opens the app on that problem', async ({ page }) => {
  await page.goto('./problems/tracing/');
  await page.getByRole('link', { name: 'Explore on the map' }).click();
  await expect(page).toHaveURL(/\/\?problem=tracing$/);
  await expect(page.getByRole('application', { name: /Map of the problems/ })).toBeVisible();
});

test('the Share menu links the data files', async ({ page, request }) => {
  await page.goto('./');
  await page.getByText('Share').click();
  for (const name of [
    'The bundled catalog as JSON',
    'Its projects as CSV',
    'All data files and their licence',
  ]) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    expect((await request.get(new URL(href!, page.url()).href)).status(), name).toBe(200);
  }
});
