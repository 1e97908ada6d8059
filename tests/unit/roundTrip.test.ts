/**
 * Nothing lost on the way (issue 9, item 7): a catalog written by
 * `serializeCatalog` and read back by `parseCatalog` is the same catalog, for
 * the bundled catalog, for the imported CNCF landscape, and for strings that
 * YAML makes hard (look-alikes of numbers, dates and booleans, quotes, colons,
 * leading spaces, line breaks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog, type Project } from '../../src/lib/catalog/index.ts';
import { checkText } from '../../src/lib/catalog/checkText.ts';
import { SCHEMA_HEADER, serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import { importLandscape, loadMapping } from '../../src/lib/import/index.ts';

const LANDSCAPE = fileURLToPath(new URL('../../../shared/data/cncf-landscape.yml', import.meta.url));
const hasLandscape = existsSync(LANDSCAPE);

function parsed(text: string | Uint8Array, file = 'catalog.yaml'): Catalog {
  const result = parseCatalog(text, file);
  if (!result.ok) throw new Error(result.errors.slice(0, 10).map(formatError).join('\n'));
  return result.catalog;
}

/** serialize → parse gives the same catalog, and serializing again gives the same text. */
function expectRoundTrip(catalog: Catalog) {
  const text = serializeCatalog(catalog);
  expect(text.split('\n')[0]).toBe(SCHEMA_HEADER);
  const again = parsed(text, 'serialized.yaml');
  expect(again).toEqual(catalog);
  expect(serializeCatalog(again)).toBe(text);
}

const bundled = parsed(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');

describe('serializeCatalog → parseCatalog', () => {
  test('the bundled catalog (data/catalog.yaml)', () => {
    expectRoundTrip(bundled);
  });

  test('keys in the order of the types, short lists on one line, comments after the header', () => {
    const text = serializeCatalog(bundled, { comment: 'Made by a test.\n\nSecond paragraph.' });
    expect(text.split('\n').slice(0, 5)).toEqual([
      SCHEMA_HEADER,
      '# Made by a test.',
      '#',
      '# Second paragraph.',
      '',
    ]);
    const first = text.slice(text.indexOf('projects:'));
    const keys = [...first.slice(0, first.indexOf('\n  - id:', 20)).matchAll(/^ {4}(\w+):/gm)].map(
      (m) => m[1],
    );
    const order = ['id', 'name', 'description', 'homepage', 'repo', 'maturity', 'problems', 'category'];
    expect(keys.filter((k) => order.includes(k!))).toEqual(order.filter((k) => keys.includes(k)));
    expect(text).toMatch(/^ {4}problems: \[[a-z-]+(, [a-z-]+)*\]$/m);
  });

  const base = bundled.projects[0]!;
  const project = (fields: Partial<Project>): Project => ({ ...base, named_in_article: false, ...fields });
  /** A catalog of one project and its problems: small, so that many cases run quickly. */
  const single = (fields: Partial<Project>): Catalog => ({
    article: bundled.article,
    problems: bundled.problems.filter((p) => base.problems.includes(p.id)),
    projects: [project(fields)],
  });

  test.each([
    ['yes'],
    ['null'],
    ['~'],
    ['1.0'],
    ['0x1F'],
    ['2020-12-10'],
    ['.inf'],
    ['key: value'],
    ['# not a comment'],
    ["it's"],
    ['"quoted"'],
    ['- a dash'],
    ['[bracketed]'],
    ['{braced}'],
    ['*star'],
    ['&anchor'],
    ['!tag'],
    ['%percent'],
    ['@at'],
    ['`tick'],
    ['| pipe'],
    ['> fold'],
    ['trailing colon:'],
    ['tab\there'],
    ['two  spaces'],
    ['  leading spaces then a long text '.repeat(8)],
    ['line\nbreaks\n\nand paragraphs'],
    ['line separator\u2028inside'],
    ['no-break\u00a0space'],
    ['ünïcödé, 漢字 and emoji 😀'],
    ['x'.repeat(300)],
    ['word '.repeat(100).trim()],
  ])('a description of %j', (description) => {
    expectRoundTrip(single({ description }));
  });

  test('names, categories and ids that look like other YAML types', () => {
    expectRoundTrip({
      ...bundled,
      projects: [
        project({ name: 'True', category: '1e3', landscape_name: 'null', id: 'no' }),
        project({ name: 'On', category: '12:30', id: '1-5', repo: undefined }),
        ...bundled.projects.slice(1),
      ],
    });
  });

  test('any text the validator accepts survives (property test, seeded)', () => {
    const tricky = fc.constantFrom(...' \n\t:#-\'"[]{},&*!|>%@`yesnoYN1.0e+x\u2028\u00a0é漢😀'.split(''));
    const text = fc
      .oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: tricky, maxLength: 60 }))
      .filter((s) => s.trim() !== '' && checkText(s, 'description') === undefined);
    fc.assert(
      fc.property(text, text, (description, name) => {
        const named = checkText(name, 'name') === undefined && !name.includes('\n') && name.length <= 120;
        const catalog = single({ description, ...(named ? { name } : {}) });
        const again = parseCatalog(serializeCatalog(catalog));
        expect(again.ok ? again.catalog : again.errors.map(formatError)).toEqual(catalog);
      }),
      { seed: 20260807, numRuns: 300 },
    );
  });
});

describe.skipIf(!hasLandscape)('serializeCatalog → parseCatalog on the imported CNCF landscape', () => {
  test.each([false, true])('includeMembers: %s', (includeMembers) => {
    const mapping = loadMapping(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled, 'mapping');
    if (!mapping.ok) throw new Error(mapping.errors.map(formatError).join('\n'));
    const result = importLandscape(readFileSync(LANDSCAPE, 'utf8'), {
      bundled,
      mapping: mapping.mapping,
      includeMembers,
      file: 'cncf-landscape.yml',
    });
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    expectRoundTrip(result.catalog);
  });
});

if (!hasLandscape) {
  console.warn(`roundTrip.test.ts: ${LANDSCAPE} not found; the imported-landscape round trip is skipped`);
  test.skip(`imported landscape round trip: skipped, ${LANDSCAPE} not found`, () => {});
}
