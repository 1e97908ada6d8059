/**
 * Project keywords: what practitioners type, checked like every other field (lower case, short, no
 * repeats, a bounded count, errors at line:column), searchable, and filled in for every project of
 * the bundled catalog.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import { createSearchIndex, searchCatalog } from '../../src/lib/search/index.ts';

const bundledText = readFileSync('data/catalog.yaml', 'utf8');
const bundled = parseCatalog(bundledText, 'data/catalog.yaml');
if (!bundled.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');

/** A small catalog: one problem, one project with the given keywords line. */
function yamlWith(keywords: string): string {
  return [
    'article:',
    '  title: T',
    '  author: A',
    '  url: https://example.org/',
    "  published: '2020-12-10'",
    '  thesis: Why.',
    '  paragraphs: [{paragraph: 1, title: P, caption: C}]',
    'problems:',
    '  - id: tracing',
    '    name: Distributed tracing',
    '    question: How do I follow one request?',
    '    why: Because.',
    '    aliases: []',
    '    article: null',
    'projects:',
    '  - id: tracer',
    '    name: Tracer',
    '    description: Follows requests.',
    keywords,
    '    homepage: https://example.org/',
    '    maturity: none',
    '    problems: [tracing]',
    '    category: Observability',
    '',
  ].join('\n');
}

const errorsOf = (keywords: string) => {
  const result = parseCatalog(yamlWith(keywords), 'c.yaml');
  return result.ok ? [] : result.errors.map(formatError);
};

describe('keywords are checked', () => {
  test('lower case, short phrases are accepted', () => {
    expect(errorsOf('    keywords: [continuous profiling, k8s, ci/cd]')).toEqual([]);
  });

  test('capitals are refused at the keyword, with the fix', () => {
    expect(errorsOf('    keywords: [tracing, Service Mesh]')).toEqual([
      'c.yaml:19:25 projects[0].keywords[1]: expected a keyword in lower case with single spaces, got "Service Mesh" (try "service mesh")',
    ]);
  });

  test('double spaces and a repeat are refused', () => {
    const errors = errorsOf("    keywords: ['service  mesh', tracing, tracing]");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^c\.yaml:19:16 projects\[0\]\.keywords\[0\]: .*try "service mesh"/);
    expect(errors[1]).toMatch(/^c\.yaml:19:\d+ projects\[0\]\.keywords\[2\]: "tracing" is listed twice/);
  });

  test('a keyword over 40 characters and a list over 20 are refused', () => {
    expect(errorsOf(`    keywords: [${'a'.repeat(41)}]`)[0]).toMatch(
      /keywords\[0\]: too long: 41 characters/,
    );
    const many = Array.from({ length: 21 }, (_, i) => `word${i}`).join(', ');
    expect(errorsOf(`    keywords: [${many}]`)[0]).toMatch(/^c\.yaml:19:\d+ projects\[0\]\.keywords: /);
  });
});

describe('keywords are searched', () => {
  test('a phrase only the keywords hold finds the project, explained by its keywords', () => {
    const parsed = parseCatalog(yamlWith('    keywords: [span waterfall, latency hunting]'), 'c.yaml');
    if (!parsed.ok) throw new Error(parsed.errors.map(formatError).join('\n'));
    const hit = searchCatalog(createSearchIndex(parsed.catalog), 'span waterfall').hits[0]!;
    expect(hit).toMatchObject({ kind: 'project', id: 'tracer', field: 'keyword' });
    expect(hit.ranges.map(([a, b]) => hit.text.slice(a, b))).toEqual(['span', 'waterfall']);
  });

  test('"k8s" in a query finds "kubernetes" in a text, and "HA" in a keyword is found by "high availability"', () => {
    const parsed = parseCatalog(yamlWith('    keywords: [ha tracing, runs on kubernetes]'), 'c.yaml');
    if (!parsed.ok) throw new Error(parsed.errors.map(formatError).join('\n'));
    const index = createSearchIndex(parsed.catalog);
    expect(searchCatalog(index, 'k8s').hits[0]?.id).toBe('tracer');
    expect(searchCatalog(index, 'high availability').hits[0]?.id).toBe('tracer');
  });
});

test('every project of the bundled catalog has at least three keywords', () => {
  const few = bundled.catalog.projects.filter((p) => (p.keywords ?? []).length < 3).map((p) => p.id);
  expect(few).toEqual([]);
});
