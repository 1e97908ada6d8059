import { readFileSync } from 'node:fs';
import { parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';

/** Parses a catalog file or fails the test with its errors. */
export function loadCatalog(path: string): Catalog {
  const result = parseCatalog(readFileSync(path), path);
  if (!result.ok) throw new Error(`${path} is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.catalog;
}

export const bundledCatalog = () => loadCatalog('data/catalog.yaml');
export const minimalCatalog = () => loadCatalog('tests/fixtures/valid/minimal.yaml');
