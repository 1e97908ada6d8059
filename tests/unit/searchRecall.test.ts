/**
 * Search quality on practitioners' queries (tests/search): an acceptable project among the first
 * five hits, as the search box lists them, for at least 95% of the queries of each set. The test
 * set was written before any tuning and is never tuned on; `npm run bench:search` lists the misses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { createSearchIndex } from '../../src/lib/search/index.ts';
import { evaluate } from '../search/evaluate.ts';
import { DEV_QUERIES } from '../search/queries-dev.ts';
import { TEST_QUERIES } from '../search/queries-test.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!parsed.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');
const catalog = parsed.catalog;
const index = createSearchIndex(catalog);
const ids = new Set(catalog.projects.map((p) => p.id));

describe.each([
  ['test', TEST_QUERIES],
  ['dev', DEV_QUERIES],
] as const)('the %s set', (_, cases) => {
  test('has at least 150 distinct queries, each expecting projects of the catalog', () => {
    expect(new Set(cases.map(([query]) => query)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const [query, acceptable] of cases) {
      expect(acceptable.length, query).toBeGreaterThan(0);
      for (const id of acceptable) expect(ids, `${query}: ${id}`).toContain(id);
    }
  });

  test('finds an acceptable project in the first five hits for 95% of its queries', () => {
    const result = evaluate(index, cases);
    const misses = result.misses.map((m) => `${m.query} → ${m.top5.join(', ')}`);
    expect(result.recallAt5, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

test('the two sets share no query', () => {
  const test = new Set(TEST_QUERIES.map(([query]) => query));
  expect(DEV_QUERIES.filter(([query]) => test.has(query))).toEqual([]);
});
