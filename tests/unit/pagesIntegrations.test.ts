/**
 * The blog integrations under integrations/ write exactly the snippet the app's "Embed this view"
 * dialog writes (embedSnippet), for the same view: Jekyll's include through liquidjs (a Liquid engine
 * with Jekyll's include semantics), the Astro component's own code, and Hugo's shortcode through Hugo
 * itself when it is installed (Debian: apt-get install hugo).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Liquid } from 'liquidjs';
import { afterAll, describe, expect, test } from 'vitest';
import { parseEmbedParams } from '../../src/lib/url/embedParams.ts';
import { embedSnippet } from '../../src/lib/url/embedSnippet.ts';

interface Case {
  app: string;
  problem?: string;
  names?: string;
  theme?: string;
  controls?: string;
  height?: number;
}

const CASES: Array<[string, Case]> = [
  ['the whole map with defaults', { app: 'https://example.org/map/' }],
  ['one problem', { app: 'https://example.org/map/', problem: 'tracing', names: 'Distributed tracing' }],
  [
    'two problems, dark, with search, taller',
    {
      app: 'https://example.org/map/',
      problem: 'tracing,logging',
      names: 'Distributed tracing, Logs',
      theme: 'dark',
      controls: 'search',
      height: 600,
    },
  ],
  [
    'a light theme and no controls',
    { app: 'https://example.org/', problem: 'rpc', names: 'RPC', theme: 'light', controls: 'none' },
  ],
  [
    'an app URL without its slash, on a port',
    {
      app: 'http://localhost:8080/tools/map',
      problem: 'chaos',
      names: 'Chaos & "faults" <x>',
      controls: 'full',
    },
  ],
];

/** What the Share menu writes for the same view. */
function expected(c: Case): string {
  const query = new URLSearchParams();
  if (c.problem) query.set('problem', c.problem);
  if (c.theme) query.set('theme', c.theme);
  if (c.controls) query.set('controls', c.controls);
  if (c.height) query.set('height', String(c.height));
  const appUrl = c.app.endsWith('/') ? c.app : `${c.app}/`;
  return embedSnippet({
    appUrl,
    params: parseEmbedParams(`?${query}`),
    problemNames: c.names ? [c.names] : [],
  });
}

const liquidValue = (value: string | number) =>
  typeof value === 'number' ? String(value) : JSON.stringify(value);

describe('Jekyll include', () => {
  const liquid = new Liquid({
    root: 'integrations/jekyll/_includes',
    jekyllInclude: true,
    dynamicPartials: false,
  });
  test.each(CASES)('%s', async (_, c) => {
    const params = Object.entries(c).map(([key, value]) => `${key}=${liquidValue(value as string | number)}`);
    const html = await liquid.parseAndRender(`{% include cloud-native-map.html ${params.join(' ')} %}`);
    expect(html.trim()).toBe(expected(c));
  });
});

describe('Astro component', () => {
  const source = readFileSync('integrations/astro/CloudNativeMap.astro', 'utf8');
  const [, frontmatter, template] = /^---\n([^]*?)\n---\n([^]*)$/.exec(source)!;
  test('renders its snippet as raw HTML', () => {
    expect(template!.trim()).toBe('<Fragment set:html={html} />');
  });
  test.each(CASES)('%s', (_, c) => {
    const render = new Function('Astro', `${frontmatter}\nreturn html;`) as (astro: {
      props: Case;
    }) => string;
    expect(render({ props: c })).toBe(expected(c));
  });
});

const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
if (!hugo)
  console.warn(
    'pagesIntegrations: Hugo is not installed (apt-get install hugo); its shortcode is not checked',
  );

describe.skipIf(!hugo)('Hugo shortcode', () => {
  const site = mkdtempSync(join(tmpdir(), 'cnm-hugo-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(join(site, 'layouts/shortcodes'), { recursive: true });
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  mkdirSync(join(site, 'content'), { recursive: true });
  copyFileSync(
    'integrations/hugo/layouts/shortcodes/cloud-native-map.html',
    join(site, 'layouts/shortcodes/cloud-native-map.html'),
  );
  writeFileSync(
    join(site, 'hugo.toml'),
    'baseURL = "https://blog.example/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n',
  );
  writeFileSync(join(site, 'layouts/_default/single.html'), '{{ .Content }}');
  for (const [i, [, c]] of CASES.entries()) {
    const params = Object.entries(c).map(([key, value]) => `${key}=${JSON.stringify(String(value))}`);
    writeFileSync(
      join(site, `content/case${i}.md`),
      `---\ntitle: case ${i}\n---\n{{< cloud-native-map ${params.join(' ')} >}}\n`,
    );
  }
  execFileSync('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')]);

  test.each(CASES.map(([name, c], i) => [name, c, i] as const))('%s', (_, c, i) => {
    expect(readFileSync(join(site, `public/case${i}/index.html`), 'utf8').trim()).toBe(expected(c));
  });
});
