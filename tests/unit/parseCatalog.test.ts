import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import { countValuesPast } from '../../src/lib/catalog/scanYaml.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');

/** Errors as the CLI prints them, for exact comparison. */
function errorsOf(text: string | Uint8Array): string[] {
  const result = parseCatalog(text, 'catalog.yaml');
  return result.ok ? [] : result.errors.map(formatError);
}

/** The minimal fixture with one line replaced: `edit(12, '    id: x')`. */
function edit(line: number, replacement: string): string {
  const lines = minimal.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

describe('parseCatalog accepts', () => {
  test('the bundled catalog', () => {
    const result = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  test('a minimal catalog, typed', () => {
    const result = parseCatalog(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.projects.map((p) => p.id)).toEqual(['jaeger', 'kafka']);
    expect(result.catalog.problems[0]?.article).toEqual({
      paragraph: 9,
      quote: 'A request may hit tens of services',
    });
    expect(result.catalog.problems[1]?.article).toBeNull();
  });

  test('a byte order mark before the first line', () => {
    expect(parseCatalog('\uFEFF' + minimal).ok).toBe(true);
  });
});

describe('parseCatalog reports each kind of error at its line and column', () => {
  test.each([
    [
      'YAML syntax: tab indentation',
      edit(3, '\ttitle: x'),
      ['catalog.yaml:3:1 YAML syntax: a tab is used for indentation (indent with spaces)'],
    ],
    [
      'YAML syntax: duplicate key',
      edit(29, '    name: Jaeger\n    name: Again'),
      [
        'catalog.yaml:30:5 YAML syntax: the key "name" appears twice in the same mapping (remove or rename one)',
      ],
    ],
    [
      'missing required field',
      edit(31, ''),
      ['catalog.yaml:28:5 projects[0]: missing required field "homepage"'],
    ],
    [
      'unknown field, with a suggestion',
      edit(31, '    homepgae: https://www.jaegertracing.io/'),
      [
        'catalog.yaml:28:5 projects[0]: missing required field "homepage"',
        'catalog.yaml:31:5 projects[0].homepgae: unknown field (did you mean "homepage"?); expected one of id, name, description, homepage, repo, maturity, dates, problems, category, named_in_article, landscape_name, formerly, keywords, kind, logo',
      ],
    ],
    [
      'wrong type',
      edit(29, '    name: 42'),
      ['catalog.yaml:29:11 projects[0].name: expected a string, got the number 42 (put it in quotes)'],
    ],
    [
      'maturity outside its enum',
      edit(33, '    maturity: graduate'),
      [
        'catalog.yaml:33:15 projects[0].maturity: expected one of graduated, incubating, sandbox, archived, none, got "graduate" (did you mean "graduated"?)',
      ],
    ],
    [
      'unknown problem reference',
      edit(34, '    problems: [tracng]'),
      ['catalog.yaml:34:16 projects[0].problems[0]: unknown problem "tracng" (did you mean "tracing"?)'],
    ],
    [
      'duplicate id',
      edit(36, '  - id: jaeger'),
      ['catalog.yaml:36:9 projects[1].id: duplicate id "jaeger", already used by projects[0]'],
    ],
    [
      'id that is not a slug',
      edit(28, '  - id: Jaeger Tracing'),
      [
        'catalog.yaml:28:9 projects[0].id: expected a slug (lowercase letters, digits and single dashes), got "Jaeger Tracing" (try "jaeger-tracing")',
      ],
    ],
    [
      'javascript: URL',
      edit(31, '    homepage: javascript:alert(1)'),
      [
        'catalog.yaml:31:15 projects[0].homepage: expected an http or https URL, got a javascript: URL (only web links are allowed)',
      ],
    ],
    [
      'data: URL',
      edit(32, "    repo: 'data:text/html,<script>alert(1)</script>'"),
      [
        'catalog.yaml:32:11 projects[0].repo: expected an http or https URL, got a data: URL (only web links are allowed)',
      ],
    ],
    [
      'problem without projects',
      edit(41, '    problems: [tracing]'),
      [
        'catalog.yaml:21:5 problems[1]: problem "messaging" has no projects; tag at least one project with it or remove it',
      ],
    ],
    [
      'problems written as a string, not a list',
      edit(34, '    problems: tracing'),
      [
        'catalog.yaml:34:15 projects[0].problems: expected a list, got "tracing" (write it as a list: [tracing])',
      ],
    ],
    [
      'an empty file',
      '',
      ['catalog.yaml:1:1 the file is empty; a catalog needs article, problems and projects'],
    ],
    [
      'a list instead of a mapping',
      '- a\n- b\n',
      [
        'catalog.yaml:1:1 expected a mapping (A Cloud Native Map catalog: the article, the problems microservices create, and the projects), got a list',
      ],
    ],
    [
      'a bad date',
      edit(6, "  published: '2020-13-10'"),
      ['catalog.yaml:6:14 article.published: expected a date as YYYY-MM-DD, got "2020-13-10"'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  test('every error at once, in file order', () => {
    const text = edit(29, '    name: 42')
      .replace('maturity: none', 'maturity: nope')
      .replace('problems: [messaging, tracing]', 'problems: [mesaging]');
    expect(errorsOf(text)).toEqual([
      'catalog.yaml:21:5 problems[1]: problem "messaging" has no projects; tag at least one project with it or remove it',
      'catalog.yaml:29:11 projects[0].name: expected a string, got the number 42 (put it in quotes)',
      'catalog.yaml:40:15 projects[1].maturity: expected one of graduated, incubating, sandbox, archived, none, got "nope" (did you mean "none"?)',
      'catalog.yaml:41:16 projects[1].problems[0]: unknown problem "mesaging" (did you mean "messaging"?)',
    ]);
  });

  test('bytes that are not UTF-8', () => {
    const bytes = new TextEncoder().encode(minimal);
    const broken = new Uint8Array([...bytes.subarray(0, 40), 0xff, 0xfe, ...bytes.subarray(40)]);
    expect(errorsOf(broken)).toEqual([
      'catalog.yaml:1:41 the file is not valid UTF-8 text (byte 0xFF here); save it as UTF-8',
    ]);
  });
});

/** Each was a bug, found by the fuzzer (tests/unit/fuzz.test.ts) or the bad-input corpus. */
describe('regressions', () => {
  test.each([
    [
      'an empty value had column Infinity',
      'projects:\n',
      [
        'catalog.yaml:1:1 missing required field "article"',
        'catalog.yaml:1:1 missing required field "problems"',
        'catalog.yaml:1:1 projects: expected a list, got an empty value (null)',
      ],
    ],
    [
      'a lone CR (old Mac line end) was not counted as a line break',
      '\r:a',
      [
        'catalog.yaml:2:1 expected a mapping (A Cloud Native Map catalog: the article, the problems microservices create, and the projects), got ":a"',
      ],
    ],
    [
      'a NUL after a lone CR was placed on line 1',
      '\r\u0000',
      ['catalog.yaml:2:1 YAML syntax: the file contains a NUL byte (U+0000); is it a text file? remove it'],
    ],
    [
      'a second document was reported at the end of the file, not at its "---"',
      'a: 1\n---\nb: 2\n',
      [
        'catalog.yaml:2:1 a second YAML document starts here; a catalog is one document (remove this "---" line)',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  // 26 lines took 39 s when this was exponential: 60 would never end, and the test's timeout says so.
  // Its time is measured by `npm run bench:parse`.
  test('comment lines before the content are read like any other', () => {
    expect(errorsOf('# A comment line.\n'.repeat(60) + minimal)).toEqual([]);
  });

  test("the quick value count counted a root block scalar's text as keys", () => {
    const text = `>+\n${'key: value\n'.repeat(100)}`;
    expect(countValuesPast(text, 10)).toBeUndefined();
    expect(countValuesPast(`\uFEFF#: a comment after a byte order mark\n`, 0)).toBeUndefined();
  });

  test('a real U+FFFD before a bad byte moved the reported position to the U+FFFD', () => {
    const bytes = new TextEncoder().encode('a: \uFFFD\nb: X\n');
    bytes[bytes.indexOf(0x58)] = 0xff; // the X
    expect(errorsOf(bytes)).toEqual([
      'catalog.yaml:2:4 the file is not valid UTF-8 text (byte 0xFF here); save it as UTF-8',
    ]);
  });
});

describe('error lines never carry hidden characters from the input', () => {
  test.each([
    [
      'an alias name',
      'a: *x\u202Ey\n',
      'ok.yaml',
      'ok.yaml:1:5 YAML syntax: *x\\u202Ey refers to an anchor &x\\u202Ey',
    ],
    [
      'a tag in a js-yaml reason',
      'a: !x\u202Ey 1\n',
      'ok.yaml',
      'ok.yaml:1:8 YAML syntax: tag name cannot contain such characters: x\\u202Ey',
    ],
    ['a key', 'a\u200B: 1\n', 'ok.yaml', 'ok.yaml:1:1 ["a\\u200B"]: unknown field'],
    ['the file name', '- a\n', 'evil\u202Elmth.yaml', 'evil\\u202Elmth.yaml:1:1 expected a mapping'],
  ])('%s', (_name, text, file, start) => {
    const result = parseCatalog(text, file);
    const line = result.ok ? '' : formatError(result.errors[0]!);
    expect(line.slice(0, start.length)).toBe(start);
  });
});
