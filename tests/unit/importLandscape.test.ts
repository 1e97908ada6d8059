/**
 * The importer on a small invented landscape (tests/fixtures/landscape/) that
 * holds the tricky cases: null keys, an item without one, missing
 * descriptions, duplicate names, an unknown subcategory, second_path, member
 * categories, bad URLs, hidden characters, and malformed YAML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import {
  checkAccounting,
  importLandscape,
  loadMapping,
  skippedByRule,
  type ImportResult,
  type ProblemMapping,
} from '../../src/lib/import/index.ts';

const dir = 'tests/fixtures/landscape';
const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');

function loadBundled(): Catalog {
  const result = parseCatalog(read('bundled.yaml'), 'bundled.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.catalog;
}
const bundled = loadBundled();

function loadFixtureMapping(): ProblemMapping {
  const result = loadMapping(read('mapping.yaml'), bundled, 'mapping.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.mapping;
}
const mapping = loadFixtureMapping();

function run(text: string, includeMembers = false, file = 'small.yml'): ImportResult {
  return importLandscape(text, { bundled, mapping, includeMembers, file });
}
function imported(text: string, includeMembers = false) {
  const result = run(text, includeMembers);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result;
}
const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors.map(formatError));

/** A landscape with one subcategory holding the given items (YAML lines, indented as items). */
function landscapeOf(items: string, subcategory = 'Observability and Analysis / Observability'): string {
  const [category, sub] = subcategory.split(' / ');
  return `landscape:\n  - category:\n    name: ${category}\n    subcategories:\n      - subcategory:\n        name: ${sub}\n        items:\n${items}`;
}

describe('importLandscape on the fixture', () => {
  const { catalog, summary } = imported(read('small.yml'));

  test('one project per usable item, with problems from the mapping, split rules and curated tags', () => {
    expect(catalog.projects.map((p) => [p.id, p.problems.join(' ')])).toEqual([
      ['jaeger', 'tracing metrics'], // curated: its tags, not the split rules'
      ['spanwise', 'tracing'], // "spans" in the description
      ['logbook-cloud', 'logging'], // "Logbook" in the name
      ['gaugeboard', 'metrics'], // "time series" in extra.summary_use_case
      ['quietwatch', 'metrics'], // nothing matches: the subcategory's default
      ['allseer', 'metrics logging tracing'], // all three, earliest first; "journaling" by pattern
      ['floatplane', 'orchestration api-gateway'], // second_path adds API Gateway
      ['tollbooth', 'orchestration api-gateway'], // listed again in API Gateway
      ['eureka', 'service-discovery'], // curated, matched by repository
      ['linkerd', 'service-mesh'], // by name, not linkerd2-proxy's landscape_name
      ['meshy-service-mesh', 'service-mesh'],
      ['meshy-xsyy86', 'service-mesh'],
      ['meshy', 'api-gateway'],
      ['repoless', 'api-gateway'],
      ['tricky-name-with-spaces', 'api-gateway'],
      ['c-plus-plus', 'api-gateway'], // an item without the `item:` null key
      ['1-5', 'api-gateway'], // a number for a name
      ['oddity', 'unknown-things'], // a subcategory the mapping does not know: a problem of its own
    ]);
  });

  test('the accounting: read = imported + skipped, each skip with its rule and line', () => {
    expect(summary.read).toBe(26);
    expect(summary.imported).toBe(18);
    expect(checkAccounting(summary)).toBeUndefined();
    expect(summary.skipped.map((s) => `${s.line} ${s.rule} ${s.name}`)).toEqual([
      '93 listed-twice Tollbooth',
      '98 unusable-homepage Portal Gate',
      '102 unusable-homepage Nohome',
      '115 look-alike-name P\u0430ypal',
      '119 no-name (no name)',
      '149 organisations Acme Corp (member)',
      '153 organisations Jaeger Inc (member)',
      '163 organisations Helpful Ops (KCSP)',
    ]);
    expect(skippedByRule(summary)).toEqual([
      { rule: 'organisations', count: 3 },
      { rule: 'no-name', count: 1 },
      { rule: 'look-alike-name', count: 1 },
      { rule: 'unusable-homepage', count: 2 },
      { rule: 'listed-twice', count: 1 },
    ]);
  });

  test("the output validates, with only the problems in use and the landscape's own after the curated", () => {
    const reparsed = parseCatalog(serializeCatalog(catalog));
    expect(reparsed.ok ? [] : reparsed.errors.map(formatError)).toEqual([]);
    expect(catalog.article).toEqual(bundled.article);
    expect(catalog.problems.map((p) => p.id)).toEqual([
      'orchestration',
      'service-discovery',
      'service-mesh',
      'api-gateway',
      'tracing',
      'logging',
      'metrics',
      'unknown-things',
    ]);
    expect(catalog.problems.at(-1)).toEqual({
      id: 'unknown-things',
      name: 'Unknown Things',
      group: 'Curiosities',
      question: 'Which projects does the CNCF landscape list under Curiosities / Unknown Things?',
      aliases: [],
      article: null,
    });
    expect(summary.droppedProblems).toEqual(['storage']);
    expect(summary.curatedMissing).toEqual(['linkerd2-proxy', 'vault-db']);
  });

  test('curated projects keep id, name, description and tags; maturity and category come from the landscape', () => {
    const byId = new Map(catalog.projects.map((p) => [p.id, p]));
    expect(byId.get('jaeger')).toEqual({
      ...bundled.projects[0],
      maturity: 'graduated',
      category: 'Observability',
    });
    expect(byId.get('eureka')).toMatchObject({
      name: 'Netflix Eureka',
      landscape_name: 'Eureka Server',
      description: 'A curated description of a service registry.',
    });
    expect(byId.get('linkerd')?.landscape_name).toBeUndefined();
  });

  test('texts are cleaned: whitespace collapsed, hidden characters removed, no description made up', () => {
    const byId = new Map(catalog.projects.map((p) => [p.id, p]));
    expect(byId.get('floatplane')?.description).toBe('Runs containers on a fleet of machines.');
    expect(byId.get('tricky-name-with-spaces')).toMatchObject({
      name: 'Tricky name with spaces',
      description: 'Hidden characters and a bell.',
    });
    expect(byId.get('quietwatch')?.description).toBeUndefined();
    // "retired" is no level the importer knows: kept as a level of the file's own, and reported.
    expect(byId.get('quietwatch')?.maturity).toBe('retired');
    expect(catalog.foundation?.levels.map((l) => l.id)).toEqual(['graduated', 'sandbox', 'retired']);
    expect(summary.levelsUnknown).toEqual(['retired']);
    expect(byId.get('gaugeboard')?.description).toBe(
      'Use case, as the landscape summarises it: Dashboards and alerts over time series from every cluster.',
    );
    expect(byId.get('repoless')?.repo).toBeUndefined();
    expect(summary.fixes).toEqual({
      withoutDescription: 9,
      summaryUseCaseDescriptions: 1,
      truncated: 0,
      repoDropped: 1,
      charactersRemoved: 5,
    });
  });

  test('unknown subcategories become problems and unknown second paths are reported', () => {
    expect(summary.unmappedSubcategories).toEqual(['Curiosities / Unknown Things']);
    expect(summary.unknownSecondPaths).toEqual(['Nowhere / Missing Subcategory']);
  });

  test('with --include members the companies come in as organisations under their mapped problem, never as curated projects', () => {
    const withMembers = imported(read('small.yml'), true);
    expect(withMembers.summary.read).toBe(26);
    expect(withMembers.summary.imported).toBe(21);
    expect(checkAccounting(withMembers.summary)).toBeUndefined();
    expect(withMembers.catalog.projects.slice(-3).map((p) => [p.id, p.problems.join(' ')])).toEqual([
      ['acme-corp-member', 'vendors'],
      ['jaeger-inc-member', 'vendors'], // same homepage as Jaeger, but a company is not its product
      ['helpful-ops-kcsp', 'vendors'],
    ]);
    expect(withMembers.catalog.problems.at(-2)?.id).toBe('vendors');
    expect(withMembers.catalog.projects.filter((p) => p.kind === 'organisation')).toHaveLength(3);
    expect(catalog.projects.filter((p) => p.kind !== undefined)).toEqual([]);
  });

  test('ids do not depend on the order of the items', () => {
    const text = read('small.yml');
    const items = (block: string) => block.split(/(?=^ {10}- )/m);
    // Reverse the items of the Service Mesh and API Gateway subcategories.
    const reordered = text.replace(
      /( {8}items:\n)((?: {10}[\s\S]*?)(?=\n {6}- subcategory:|\n {2}- category:))/g,
      (_, head: string, body: string) => {
        const parts = items(body.endsWith('\n') ? body : `${body}\n`);
        return head + parts.reverse().join('').trimEnd();
      },
    );
    expect(reordered).not.toBe(text);
    expect(reordered.indexOf('name: Repoless')).toBeLessThan(reordered.indexOf('name: Portal Gate'));
    const ids = (c: Catalog) => new Map(c.projects.map((p) => [`${p.name} ${p.homepage}`, p.id]));
    expect(ids(imported(reordered).catalog)).toEqual(ids(catalog));
  });
});

describe('importLandscape cleans to the limits', () => {
  test('long names and descriptions are cut with an ellipsis; the result validates', () => {
    const name = `Long ${'name '.repeat(40)}`.trim();
    const description = 'A description that never ends. '.repeat(100).trim();
    const { catalog, summary } = imported(
      landscapeOf(
        `          - item:\n            name: ${name}\n            description: ${description}\n            homepage_url: https://long.example.org\n`,
      ),
    );
    const [project] = catalog.projects;
    expect(project?.name.length).toBeLessThanOrEqual(120);
    expect(project?.name.endsWith('...')).toBe(true);
    expect(project?.description?.length).toBeLessThanOrEqual(2000);
    expect(project?.description?.endsWith('…')).toBe(true);
    expect(summary.fixes.truncated).toBe(1);
  });
});

describe('importLandscape refuses malformed input with one positioned error', () => {
  test('malformed YAML: the exact line and column', () => {
    const errors = errorsOf(run(read('malformed.yml'), false, 'malformed.yml'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^malformed\.yml:10:19 YAML syntax: .*never closed/);
  });

  test.each([
    ['', 'small.yml:1:1 the file is empty; expected a landscape.yml with a "landscape" list'],
    [
      'categories: []\n',
      'small.yml:1:1 expected a mapping with a "landscape" list of categories (is this a landscape.yml in the cncf/landscape format?)',
    ],
    [
      'landscape:\n  name: not a list\n',
      'small.yml:2:3 landscape: expected a mapping with a "landscape" list of categories (is this a landscape.yml in the cncf/landscape format?)',
    ],
    [
      'landscape:\n  - category:\n    name: A\n    subcategories:\n      - just a string\n',
      'small.yml:5:9 landscape[0].subcategories[0]: expected a subcategory (a mapping with name and items)',
    ],
    [
      'landscape:\n  - category:\n    name: A\n    subcategories:\n      - subcategory:\n        name: B\n        items:\n          - 42\n',
      'small.yml:8:13 landscape[0].subcategories[0].items[0]: expected an item (a mapping with name and homepage_url)',
    ],
    [
      'landscape:\n  - category:\n    subcategories: []\n',
      'small.yml:2:5 landscape[0]: expected the category to have a name (a string)',
    ],
    [
      'landscape:\n  - category:\n    name: A\n    subcategories: nope\n',
      'small.yml:4:20 landscape[0].subcategories: expected "subcategories" to be a list, got string',
    ],
  ])('%j', (text, error) => {
    expect(errorsOf(run(text))).toEqual([error]);
  });

  test('a landscape whose items are all skipped: an error, not an empty catalog', () => {
    expect(errorsOf(run(landscapeOf('          - item:\n            name: Nohome\n')))).toEqual([
      'small.yml:1:1 nothing to import: 1 item read, all skipped (unusable-homepage)',
    ]);
    expect(errorsOf(run(landscapeOf('')))).toEqual([
      'small.yml:1:1 nothing to import: 0 items read, all skipped (no items)',
    ]);
  });
});
