/**
 * Every project simple-icons has a mark for carries it: a project whose name or own site matches a
 * simple-icons brand (matchBrand.ts) must have `logo`, so a new entry is not forgotten. The exceptions
 * below were looked at and are false friends: the same word, another thing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { brandIndex, matchBrand } from '../../src/lib/logos/matchBrand.ts';
import { loadBrands } from '../../scripts/simpleIcons.ts';

/** Project id → why the matching brand is not its mark. */
const NOT_ITS_MARK: Record<string, string> = {
  eraser: "simple-icons' Eraser is eraser.io, a diagramming tool, not the CNCF's image cleaner",
};

function bundled(): Catalog {
  const result = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.catalog;
}

const catalog = bundled();
const index = brandIndex(loadBrands());
const matches = new Map(catalog.projects.map((p) => [p.id, matchBrand(p, index)]));

test('every project that simple-icons has a mark for carries a logo', () => {
  const forgotten = catalog.projects
    .filter((p) => matches.get(p.id)!.length > 0 && !p.logo && !(p.id in NOT_ITS_MARK))
    .map((p) => `${p.id} (simple-icons: ${matches.get(p.id)!.join(', ')})`);
  expect(forgotten).toEqual([]);
});

test('a logo is one of the brands the project matches, where it matches any', () => {
  const odd = catalog.projects
    .filter((p) => p.logo && matches.get(p.id)!.length > 0 && !matches.get(p.id)!.includes(p.logo))
    .map((p) => `${p.id}: ${p.logo} (matches ${matches.get(p.id)!.join(', ')})`);
  expect(odd).toEqual([]);
});

test('the reviewed exceptions still match a brand and still have no logo', () => {
  for (const id of Object.keys(NOT_ITS_MARK)) {
    const project = catalog.projects.find((p) => p.id === id);
    expect(project, id).toBeDefined();
    expect(matches.get(id), id).not.toEqual([]);
    expect(project?.logo, id).toBeUndefined();
  }
});

test('about a fifth of the projects have a logo', () => {
  const count = catalog.projects.filter((p) => p.logo).length;
  expect(count).toBeGreaterThanOrEqual(70);
});
