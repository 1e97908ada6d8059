/**
 * Logos (issue #14, point 5): a catalog's `logo` names a simple-icons icon; a wrong one is an error a
 * person can act on; the sprite holds exactly the logos used, each in a colour that reads on the theme.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import type { Brand } from '../../src/lib/logos/brands.ts';
import { brandColour, contrastRatio } from '../../src/lib/logos/logoColour.ts';
import { logoErrors } from '../../src/lib/logos/logoErrors.ts';
import { buildLogoSprite, readLogoSprite, usedLogos } from '../../src/lib/logos/logoSprite.ts';
import { brandIndex, matchBrand } from '../../src/lib/logos/matchBrand.ts';
import { THEME_BACKGROUNDS } from '../../src/lib/logos/themeBackgrounds.ts';
import { brandMark, loadBrands, SIMPLE_ICONS } from '../../scripts/simpleIcons.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
const withLogo = (jaeger: string, kafka?: string) =>
  minimal
    .replace('    repo: https://github.com/jaegertracing/jaeger\n', `$&    logo: ${jaeger}\n`)
    .replace('    homepage: https://kafka.apache.org/\n', kafka ? `$&    logo: ${kafka}\n` : '$&');

const BRANDS: Brand[] = [
  { title: 'Jaeger', slug: 'jaeger', hex: '66CFE3' },
  { title: 'Apache Kafka', slug: 'apachekafka', hex: '231F20' },
  { title: 'Kubernetes', slug: 'kubernetes', hex: '326CE5' },
];

function check(text: string, brands: readonly Brand[] = BRANDS): string[] {
  const result = parseCatalog(text, 'catalog.yaml');
  if (!result.ok) return result.errors.map(formatError);
  return logoErrors(text, 'catalog.yaml', result.catalog, () => brands).map(formatError);
}

describe('a logo is checked against simple-icons', () => {
  test('known slugs pass, and a catalog without any logo never needs the brand list', () => {
    expect(check(withLogo('jaeger', 'apachekafka'))).toEqual([]);
    const result = parseCatalog(minimal);
    if (!result.ok) throw new Error('fixture');
    expect(
      logoErrors(minimal, 'catalog.yaml', result.catalog, () => {
        throw new Error('asked for the brand list');
      }),
    ).toEqual([]);
  });

  test('a typo names the slug it likely meant, at the line and column of the value', () => {
    expect(check(withLogo('jeager'))).toEqual([
      'catalog.yaml:33:11 projects[0].logo: expected a simple-icons slug, got "jeager", which simple-icons does not have (did you mean "jaeger"?); slugs are the file names in simple-icons/icons, e.g. kubernetes',
    ]);
  });

  test("a brand's name spelled as a slug points at the brand", () => {
    expect(check(withLogo('jaeger', 'apache_kafka'))).toEqual([
      'catalog.yaml:41:11 projects[1].logo: expected a simple-icons slug, got "apache_kafka", which simple-icons does not have (did you mean "apachekafka"?); slugs are the file names in simple-icons/icons, e.g. kubernetes',
    ]);
  });

  test('something that is no slug at all is a shape error, with the slug to try', () => {
    expect(check(withLogo('Apache-Kafka'))).toEqual([
      'catalog.yaml:33:11 projects[0].logo: expected a simple-icons slug (lowercase letters, digits, _), got "Apache-Kafka" (try "apachekafka")',
    ]);
  });

  test('the real package knows every logo of the bundled catalog', () => {
    const text = readFileSync('data/catalog.yaml', 'utf8');
    expect(check(text, loadBrands())).toEqual([]);
  });
});

describe('the sprite', () => {
  const catalog = (text: string): Catalog => {
    const result = parseCatalog(text);
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    return result.catalog;
  };

  test('holds exactly the logos the catalogs use, each once', () => {
    const bundled = catalog(readFileSync('data/catalog.yaml', 'utf8'));
    const used = [...new Set(bundled.projects.flatMap((p) => (p.logo ? [p.logo] : [])))].sort();
    const sprite = buildLogoSprite(usedLogos([bundled, bundled]), brandMark, SIMPLE_ICONS);
    expect(Object.keys(sprite.icons)).toEqual(used);
    expect(sprite.icons.kubernetes).toMatchObject({ title: 'Kubernetes', path: expect.stringMatching(/^M/) });
    expect(sprite.source).toMatch(/^simple-icons \d+\.\d+\.\d+ \(CC0-1\.0\); logos are trademarks/);
    expect(readLogoSprite(JSON.parse(JSON.stringify(sprite)))).toEqual(sprite);
  });

  test('is empty for a catalog without logos', () => {
    expect(usedLogos([catalog(minimal)])).toEqual([]);
  });

  test('a stale or foreign file is no sprite', () => {
    expect(readLogoSprite({ format: 0, icons: {} })).toBeNull();
    expect(readLogoSprite('<html>')).toBeNull();
  });

  test('keeps a brand colour only where it reads on every background of the theme', () => {
    const sprite = buildLogoSprite(['kubernetes', 'k3s', 'apachekafka'], brandMark, SIMPLE_ICONS);
    // Kubernetes blue reads on both themes; k3s yellow only on dark, Kafka's near black only on light:
    // elsewhere they take the theme's text colour.
    expect(sprite.icons.kubernetes).toMatchObject({ light: '#326CE5', dark: '#326CE5' });
    expect(sprite.icons.k3s).toMatchObject({ dark: '#FFC61C' });
    expect(sprite.icons.k3s?.light).toBeUndefined();
    expect(sprite.icons.apachekafka).toMatchObject({ light: '#231F20' });
    expect(sprite.icons.apachekafka?.dark).toBeUndefined();
    for (const icon of Object.values(sprite.icons)) {
      for (const theme of ['light', 'dark'] as const) {
        const colour = icon[theme];
        if (colour)
          for (const bg of THEME_BACKGROUNDS[theme])
            expect(contrastRatio(colour, bg)).toBeGreaterThanOrEqual(3);
      }
    }
    expect(brandColour('FFFFFF', THEME_BACKGROUNDS.light)).toBeUndefined();
    expect(brandColour('not a colour', THEME_BACKGROUNDS.light)).toBeUndefined();
  });

  test("the theme backgrounds are the map's and the panels' own", () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    const light = tokens.slice(0, tokens.indexOf('@media'));
    const dark = tokens.slice(tokens.indexOf(":root[data-theme='dark']"));
    for (const [theme, css] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      const surfaces = ['--bg', '--surface', '--surface-2'].map(
        (name) => new RegExp(`${name}: (#[0-9a-f]{6});`).exec(css)?.[1],
      );
      expect(new Set(THEME_BACKGROUNDS[theme])).toEqual(new Set([palette(theme).background, ...surfaces]));
    }
  });
});

describe("which brand is a project's own mark", () => {
  const index = brandIndex([
    { title: 'Vault', slug: 'vault', hex: '000000', source: 'https://www.hashicorp.com/brand' },
    { title: 'NATS.io', slug: 'natsdotio', hex: '27AAE1' },
    { title: 'Envoy Proxy', slug: 'envoyproxy', hex: 'AC6199' },
    { title: 'Grafana', slug: 'grafana', hex: 'F46800', source: 'https://grafana.com' },
    {
      title: 'Traefik Mesh',
      slug: 'traefikmesh',
      hex: '9D0FB0',
      source: 'https://github.com/traefik/mesh/blob/x/logo.svg',
    },
    {
      title: 'Kubernetes',
      slug: 'kubernetes',
      hex: '326CE5',
      source: 'https://github.com/kubernetes/kubernetes/tree/x/logo',
    },
    { title: 'OpenTofu', slug: 'opentofu', hex: 'FFDA18', aliases: { aka: ['OpenTF', 'Terraform'] } },
  ]);
  const project = (name: string, homepage: string, repo?: string) => ({
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    homepage,
    ...(repo ? { repo } : {}),
  });
  test.each([
    ['an organisation prefix aside', project('HashiCorp Vault', 'https://www.vaultproject.io/'), ['vault']],
    ['a trailing .io aside', project('NATS', 'https://nats.io/'), ['natsdotio']],
    ['a trailing Proxy aside', project('Envoy', 'https://www.envoyproxy.io/'), ['envoyproxy']],
    ["the brand's own site", project('Grafana', 'https://grafana.com/'), ['grafana']],
    [
      'its own repository',
      project('Mesh', 'https://doc.traefik.io/', 'https://github.com/traefik/mesh'),
      ['traefikmesh'],
    ],
    ['an alias', project('Terraform', 'https://www.terraform.io/'), ['opentofu']],
    ["not a parent's site", project('Grafana Loki', 'https://grafana.com/oss/loki/'), []],
    [
      "not a parent's repository",
      project('Karpenter', 'https://karpenter.sh/', 'https://github.com/kubernetes-sigs/karpenter'),
      [],
    ],
  ])('%s', (_, p, slugs) => {
    expect(matchBrand(p, index)).toEqual(slugs);
  });
});
