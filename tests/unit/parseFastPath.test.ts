/**
 * A catalog with nothing to report is read once, without positions (the costly part of reading YAML);
 * one with an error or a warning is read again with them, so every message keeps its exact
 * line:column, whether the YAML itself is broken or only a rule of the catalog is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import * as careful from '../../src/lib/catalog/parseYaml.ts';

// Counts the careful (positioned) reads; everything else is the real module.
vi.mock('../../src/lib/catalog/parseYaml.ts', async (importOriginal) => {
  const original = await importOriginal<typeof careful>();
  return { ...original, parseYaml: vi.fn(original.parseYaml) };
});
/** How many careful reads `work` makes. */
function carefulReadsOf(work: () => void): number {
  const before = vi.mocked(careful.parseYaml).mock.calls.length;
  work();
  return vi.mocked(careful.parseYaml).mock.calls.length - before;
}

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
const replaced = (from: string, to: string) => {
  expect(minimal).toContain(from);
  return minimal.replace(from, to);
};
const messages = (text: string) => {
  const result = parseCatalog(text, 'catalog.yaml');
  return [...(result.ok ? [] : result.errors), ...(result.warnings ?? [])].map(formatError);
};

describe('a catalog with nothing to report', () => {
  test('is read without positions: the bundled catalog and the minimal one', () => {
    const bundled = readFileSync('data/catalog.yaml');
    expect(carefulReadsOf(() => expect(parseCatalog(bundled, 'data/catalog.yaml').ok).toBe(true))).toBe(0);
    expect(carefulReadsOf(() => expect(parseCatalog(minimal).ok).toBe(true))).toBe(0);
  });

  test('gives the same catalog as the careful read', () => {
    const fast = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
    const document = careful.parseYaml(readFileSync('data/catalog.yaml', 'utf8'), 'data/catalog.yaml');
    expect(fast.ok && document.ok).toBe(true);
    if (fast.ok && document.ok) expect(fast.catalog).toEqual(document.document.value);
  });
});

describe('a catalog with something to report is read again, and every place is exact', () => {
  test('a rule of the catalog, in valid YAML: a project solving a problem that does not exist', () => {
    const text = replaced('problems: [tracing]', 'problems: [tracing, tracng]');
    expect(carefulReadsOf(() => messages(text))).toBe(1);
    expect(messages(text)).toEqual([
      'catalog.yaml:34:25 projects[0].problems[1]: unknown problem "tracng" (did you mean "tracing"?)',
    ]);
  });

  test('a field of the wrong shape', () => {
    const text = replaced('maturity: graduated', 'maturity: [graduated]');
    expect(carefulReadsOf(() => messages(text))).toBe(1);
    expect(messages(text)).toEqual([
      'catalog.yaml:33:15 projects[0].maturity: expected a string, got a list',
    ]);
  });

  test('a warning (a name mixing scripts) keeps its place too, and the catalog stays valid', () => {
    const result = parseCatalog(replaced('name: Jaeger', 'name: Jaeger ꓮꓑꓢ'), 'catalog.yaml');
    expect(result.ok).toBe(true);
    expect(result.warnings?.map((w) => `${w.line}:${w.column} ${w.path}`)).toEqual([
      '29:11 projects[0].name',
    ]);
  });

  test('broken YAML and YAML the careful reader alone refuses (an alias, a second document)', () => {
    expect(messages(replaced('name: Jaeger', 'name: "Jaeger'))[0]).toMatch(/^catalog\.yaml:29:11 /);
    expect(messages(`${minimal}---\na: 1\n`)).toEqual([
      `catalog.yaml:${minimal.split('\n').length}:1 a second YAML document starts here; a catalog is one document (remove this "---" line)`,
    ]);
    const aliased = replaced('category: Observability', 'category: &c Observability').replace(
      'category: Messaging',
      'category: *c',
    );
    expect(parseCatalog(aliased).ok).toBe(true);
  });
});
