/** A search that finds nothing is never a dead end: the closest names, and every problem to browse. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { createSearchIndex, searchCatalog } from '../../src/lib/search/index.ts';
import { likeness } from '../../src/lib/search/suggestNames.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!parsed.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');
const index = createSearchIndex(parsed.catalog);

test('a word that matches nothing suggests the names it comes closest to', () => {
  const r = searchCatalog(index, 'kafkaesque');
  expect(r.hits).toEqual([]);
  const closest = (r.closest ?? []).map((h) => `${h.kind}:${h.id}`);
  expect(closest).toContain('project:kafka');
  expect(closest).toContain('problem:messaging');
  expect(searchCatalog(index, 'istiooo').closest?.[0]).toMatchObject({
    kind: 'project',
    id: 'istio',
    label: 'Istio',
  });
});

test('with nothing close, every problem is still offered to browse, in catalog order', () => {
  const r = searchCatalog(index, 'zzqqxxy');
  expect(r.hits).toEqual([]);
  expect(r.closest).toEqual([]);
  expect(r.problems?.map((h) => h.id)).toEqual(parsed.catalog.problems.map((p) => p.id));
  expect(r.problems?.every((h) => h.kind === 'problem' && h.label.length > 0)).toBe(true);
});

test('a search that finds something carries no suggestions, and punctuation alone none either', () => {
  const found = searchCatalog(index, 'tracing');
  expect(found.closest).toBeUndefined();
  expect(found.problems).toBeUndefined();
  expect(searchCatalog(index, '!!!').problems).toBeUndefined();
});

test.each([
  ['kafka', 'kafka', 1],
  ['kafkaesque', 'kafka', 0.6],
  ['istiooo', 'istio', 0.7],
  ['zzqqxxy', 'istio', 0],
])('likeness(%s, %s) is about %d', (a, b, expected) => {
  expect(likeness(a, b)).toBeCloseTo(expected, 0);
});
