/**
 * data/landscape-problems.yaml and its loader: the real file loads against the
 * bundled catalog, and every mistake in a mapping is reported at its line and
 * column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { loadMapping } from '../../src/lib/import/index.ts';

function catalogAt(path: string): Catalog {
  const result = parseCatalog(readFileSync(path), path);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.catalog;
}
const fixture = catalogAt('tests/fixtures/landscape/bundled.yaml');

const errorsOf = (text: string, bundled = fixture) => {
  const result = loadMapping(text, bundled, 'map.yaml');
  return result.ok ? [] : result.errors.map(formatError);
};

const other = `problems:
  - id: other
    name: Other
    question: What else?
    why: Nothing is lost.
    aliases: []
    article: null
`;

describe('data/landscape-problems.yaml', () => {
  test('loads against data/catalog.yaml', () => {
    const bundled = catalogAt('data/catalog.yaml');
    expect(errorsOf(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled)).toEqual([]);
  });

  test('maps to every problem of data/catalog.yaml, adds other and vendors, and leaves out the member categories', () => {
    const bundled = catalogAt('data/catalog.yaml');
    const result = loadMapping(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled, 'map.yaml');
    if (!result.ok) throw new Error('mapping does not load');
    const { mapping } = result;
    const targets = new Set(
      [...mapping.subcategories.values()].flatMap((s) => [
        ...s.problems,
        ...s.split.flatMap((r) => r.problems),
      ]),
    );
    // The curated catalog may grow problems the mapping does not know yet; every original one is mapped.
    const original = [
      'orchestration',
      'service-discovery',
      'rpc',
      'service-mesh',
      'service-proxy',
      'identity',
    ];
    for (const id of [...original, 'api-gateway', 'tracing', 'logging', 'metrics', 'storage', 'chaos']) {
      expect(targets.has(id), id).toBe(true);
    }
    expect(mapping.problems.map((p) => p.id)).toEqual(['other', 'vendors']);
    expect(mapping.memberCategories).toEqual(['CNCF Members', 'Special']);
  });
});

describe('loadMapping reports each mistake at its line and column', () => {
  test.each([
    [
      'unknown problem id, with a suggestion',
      `${other}subcategories:\n  A / B: [tracng]\n`,
      ['map.yaml:9:11 subcategories["A / B"][0]: unknown problem "tracng" (did you mean "tracing"?)'],
    ],
    [
      'unknown problem id in a split rule',
      `${other}subcategories:\n  A / B:\n    problems: [metrics]\n    split:\n      - problems: [nope]\n        keywords: [x]\n`,
      ['map.yaml:12:20 subcategories["A / B"].split[0].problems[0]: unknown problem "nope"'],
    ],
    [
      'a pattern that does not compile',
      `${other}subcategories:\n  A / B:\n    problems: [metrics]\n    split:\n      - problems: [tracing]\n        pattern: 'trac(e'\n`,
      [
        'map.yaml:13:18 subcategories["A / B"].split[0].pattern: expected a regular expression: Invalid regular expression: /trac(e/iu: Unterminated group',
      ],
    ],
    [
      'a rule that matches nothing',
      `${other}subcategories:\n  A / B:\n    problems: [metrics]\n    split:\n      - problems: [tracing]\n`,
      ['map.yaml:12:9 subcategories["A / B"].split[0]: a split rule needs keywords or a pattern to match'],
    ],
    [
      'an unknown field',
      `${other}subcategories:\n  A / B:\n    problem: [metrics]\n`,
      [
        'map.yaml:10:5 subcategories["A / B"].problem: unknown field (did you mean "problems"?); expected "problems" or "split"',
        'map.yaml:10:5 subcategories["A / B"]: missing required field "problems"',
      ],
    ],
    [
      'a key that is no "Category / Subcategory"',
      `${other}subcategories:\n  Observability: [metrics]\n`,
      [
        'map.yaml:9:3 subcategories.Observability: expected a key of the form "Category / Subcategory", got "Observability"',
      ],
    ],
    [
      'the same subcategory twice, spelled differently',
      `${other}subcategories:\n  A & B / C: [metrics]\n  a and b / c: [tracing]\n`,
      ['map.yaml:10:3 subcategories["a and b / c"]: "a and b / c" is the same subcategory as "A & B / C"'],
    ],
    [
      'no "other" problem',
      'problems: []\nsubcategories:\n  A / B: [metrics]\n',
      [
        'map.yaml:1:11 problems: expected the problem "other" among the added problems: unmapped items go there',
      ],
    ],
    [
      'an added problem that is incomplete',
      'problems:\n  - id: other\n    name: Other\nsubcategories:\n  A / B: [metrics]\n',
      [
        'map.yaml:2:5 problems[0]: missing required field "question"',
        'map.yaml:2:5 problems[0]: missing required field "aliases"',
        'map.yaml:2:5 problems[0]: missing required field "article"',
      ],
    ],
    [
      'an added problem that the catalog already has',
      `${other}  - id: tracing\n    name: T\n    question: Q?\n    why: W.\n    aliases: []\n    article: null\nsubcategories:\n  A / B: [metrics]\n`,
      ['map.yaml:8:9 problems[1].id: the problem "tracing" is already defined'],
    ],
    [
      'an unknown top-level field',
      `${other}subcategories:\n  A / B: [metrics]\nmember: [CNCF Members]\n`,
      [
        'map.yaml:10:1 member: unknown field (did you mean "members"?); expected "members" or "problems" or "subcategories"',
      ],
    ],
  ])('%s', (_, text, errors) => {
    expect(errorsOf(text)).toEqual(errors);
  });

  test("YAML syntax: one error, placed (the wording is the catalog parser's)", () => {
    const errors = errorsOf(`${other}subcategories:\n  A / B: [metrics\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^map\.yaml:(9|10):\d+ YAML syntax: .*never closed/);
  });
});
