/**
 * Names that cannot impersonate: the character rules by Unicode category, the look-alike
 * skeleton, the names reserved for the article's hub, and warnings that do not fail a catalog.
 * The hostile fixtures in tests/fixtures/bad (invisible-by-category, emoji-joiners,
 * duplicate-names, reserved-names, accepted-*) pin the exact messages and positions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ARTICLE_HUB_NAME } from '../../src/lib/catalog/checkNames.ts';
import { checkText } from '../../src/lib/catalog/checkText.ts';
import { skeleton } from '../../src/lib/catalog/confusables.ts';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { cleanText } from '../../src/lib/import/cleanText.ts';
import { distinctNames } from '../../src/lib/import/distinctNames.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
const withName = (name: string) => minimal.replace('name: Jaeger', `name: ${JSON.stringify(name)}`);

describe('characters that draw nothing are refused in names, whatever their code point', () => {
  test.each([
    ['soft hyphen', 'Jae\u00ADger'],
    ['word joiner', 'Jae\u2060ger'],
    ['invisible times (format, not listed by name)', 'Jae\u2062ger'],
    ['combining grapheme joiner', 'Jae\u034Fger'],
    ['tag characters', 'Jaeger\u{E0041}'],
    ['variation selector', 'Jaeger\uFE01'],
    ['supplementary variation selector', 'Jaeger\u{E0100}'],
    ['Hangul filler', 'Jaeger\u3164'],
    ['halfwidth Hangul filler', 'Jaeger\uFFA0'],
    ['braille blank', '\u2800Jaeger'],
    ['line separator', 'Jaeger\u2028x'],
    ['paragraph separator', 'Jaeger\u2029x'],
    ['newline', 'Jaeger\n★ Named in the article'],
    ['tab', 'Jae\tger'],
    ['joiner between letters', 'Jae\u200Dger'],
  ])('%s', (_what, name) => {
    expect(checkText(name, 'projects[0].name')).toMatch(/contains/);
    expect(parseCatalog(withName(name)).ok).toBe(false);
  });

  test('long texts keep line breaks, tabs and soft hyphens, but not what hides or reorders text', () => {
    expect(checkText('One line.\n\tAnother.', 'projects[0].description', true)).toBeUndefined();
    expect(checkText('One\u2028line, hy\u00ADphen.', 'projects[0].description', true)).toBeUndefined();
    expect(checkText('One\u202Eline.', 'projects[0].description', true)).toMatch(/right-to-left override/);
    expect(checkText('One\u200Bline.', 'projects[0].description', true)).toMatch(/zero-width space/);
  });

  test.each(['Dev 👩‍💻', 'Dev 👩🏽‍💻', 'Love ❤️', 'Step 1️⃣', '🏳️‍🌈 Pride'])('an emoji sequence is fine: %s', (name) =>
    expect(parseCatalog(withName(name)).ok).toBe(true),
  );
});

describe('names that read the same have one skeleton', () => {
  test.each([
    ['Jaeger', 'JAEGER'],
    ['Jaeger', 'Jɑeger'],
    ['Jaeger', 'Jаeger'], // Cyrillic а
    ['Jaeger', 'ＪＡＥＧＥＲ'],
    ['Jaeger', 'ᎫᎪᎬᏀᎬᏒ'], // Cherokee capitals
    ['Jaeger', 'ꭻꭺꭼꮐꭼꮢ'], // Cherokee small letters
    ['Istio', 'lstio'],
    ['Kong', 'K0ng'],
    ['Jaeger', '  Jaeger '],
    ['Microservices', 'Mıcroservıces'],
    ['Ceph', 'Серһ'],
    ['Tempo', 'Τеmpο'], // Greek Τ and ο, Cyrillic е
  ])('%s ~ %s', (a, b) => expect(skeleton(b)).toBe(skeleton(a)));

  test.each([
    ['Jaeger', 'Jäger'],
    ['Flux', 'Flox'],
    ['Open Telemetry', 'OpenTelemetry'],
  ])('%s and %s differ', (a, b) => expect(skeleton(b)).not.toBe(skeleton(a)));

  test('a second project whose name reads the same is refused at its name', () => {
    const twice = minimal.replace('name: Apache Kafka', 'name: JAEGER');
    const result = parseCatalog(twice);
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual([
      '37:11 projects[1].name',
    ]);
  });
});

test("the reserved hub name is the article node's label on the map", () => {
  const result = parseCatalog(minimal);
  if (!result.ok) throw new Error('minimal.yaml is valid');
  expect(buildGraph(result.catalog).nodes[0]?.label).toBe(ARTICLE_HUB_NAME);
});

test('warnings leave a catalog valid; the bundled catalog has none', () => {
  const mixed = parseCatalog(withName('Jaeger ꓮꓑꓢ'));
  expect(mixed.ok).toBe(true);
  expect(mixed.warnings?.map((w) => `${w.line}:${w.column} ${w.path}`)).toEqual(['29:11 projects[0].name']);
  const bundled = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
  expect(bundled.ok).toBe(true);
  expect(bundled.warnings).toBeUndefined();
});

test('the importer removes every character the validator refuses', () => {
  const dirty = 'A\u00ADB\u2060C\u034FD\u{E0041}E\uFE00F\u3164G\u2800H\u2028I\u200DJ';
  const { text, removed } = cleanText(dirty, 120);
  expect(text).toBe('ABCDEFGHIJ');
  expect(removed).toBe(10); // UTF-16 units: the tag character takes two
});

test('the importer tells apart landscape items whose names read the same, whatever their order', () => {
  const project = (id: string, name: string, category: string, homepage: string) => ({
    id,
    name,
    category,
    homepage,
    description: 'A project.',
    maturity: 'none' as const,
    problems: ['tracing'],
  });
  const projects = [
    project('meshy-xsyy86', 'Meshy', 'Service Mesh', 'https://other.example.com/'),
    project('meshy', 'Meshy', 'Service Mesh', 'https://meshy.example.org/'),
    project('meshy-q1', 'Meshy', 'Service Mesh', 'https://third.example.net/'),
    project('meshy-api-gateway', 'MESHY', 'API Gateway', 'https://gateway.example.com/'),
    project('microservices', 'Microservices', 'Platforms', 'https://m.example.com/'),
  ];
  const names = (list: typeof projects) =>
    Object.fromEntries(distinctNames(list, [ARTICLE_HUB_NAME]).map((p) => [p.id, p.name]));
  expect(names(projects)).toEqual({
    meshy: 'Meshy',
    'meshy-q1': 'Meshy (Service Mesh)',
    'meshy-xsyy86': 'Meshy (other.example.com)',
    'meshy-api-gateway': 'MESHY (API Gateway)',
    microservices: 'Microservices (Platforms)',
  });
  expect(names([...projects].reverse())).toEqual(names(projects));
  expect(distinctNames(projects, [])[0]?.landscape_name).toBe('Meshy');
});
