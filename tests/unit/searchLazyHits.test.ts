/**
 * Project hits explain themselves (field, text, highlight ranges) when first read, not when the search
 * runs: the map needs only their ids. A hit read late, after other searches have reused the engine's
 * scratch buffers, must say exactly what it would have said at once.
 */
import { expect, test } from 'vitest';
import { createSearchIndex, searchCatalog } from '../../src/lib/search/index.ts';
import type { SearchHit } from '../../src/lib/search/types.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const QUERIES = [
  'prometheus',
  'servce mesh',
  'how do i trace requests across services',
  'mtls',
  'secrets m',
  'kafka alternative',
  'openpolicyagent',
  'backup',
  'k',
];

const plain = (hit: SearchHit) => JSON.parse(JSON.stringify(hit)) as SearchHit;
const read = (hit: SearchHit) => ({ ...plain(hit), field: hit.field, text: hit.text, ranges: hit.ranges });

test('a hit read after later searches explains itself as it would have at once', () => {
  const catalog = bundledCatalog();
  const atOnce = createSearchIndex(catalog);
  const expected = QUERIES.map((q) => searchCatalog(atOnce, q).hits.map(read));
  const late = createSearchIndex(catalog);
  const kept = QUERIES.map((q) => searchCatalog(late, q).hits);
  // Other searches in between, then read in reverse order.
  for (const q of ['observability', 'service discovery', 'zzqqxx']) searchCatalog(late, q);
  for (let q = QUERIES.length - 1; q >= 0; q--) expect(kept[q]!.map(read), QUERIES[q]).toEqual(expected[q]);
  expect(expected.flat().some((hit) => hit.kind === 'project' && hit.ranges.length > 0)).toBe(true);
});

test('a hit serialises with its explanation', () => {
  const hit = searchCatalog(createSearchIndex(bundledCatalog()), 'jaeger').hits.find(
    (h) => h.kind === 'project',
  )!;
  expect(plain(hit)).toEqual({
    kind: 'project',
    id: hit.id,
    label: hit.label,
    score: hit.score,
    field: hit.field,
    text: hit.text,
    ranges: hit.ranges,
    ...(hit.viaProblem !== undefined && { viaProblem: hit.viaProblem }),
  });
  expect(hit.ranges.length).toBeGreaterThan(0);
});
