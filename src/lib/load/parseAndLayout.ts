/** Parse and lay out in one step: what the Worker does, and what the page does when Workers are not available. */
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import type { CatalogError } from '../catalog/errors.ts';
import { parseCatalog } from '../catalog/parseCatalog.ts';
import type { Catalog } from '../catalog/types.ts';

export type ParsedAndLaidOut =
  | { ok: true; catalog: Catalog; layout: LayoutData }
  | { ok: false; errors: CatalogError[] };

export function parseCatalogAndLayout(bytes: Uint8Array, file: string): ParsedAndLaidOut {
  const result = parseCatalog(bytes, file);
  if (!result.ok) return result;
  const layout = computeLayout(buildGraph(result.catalog));
  return { ok: true, catalog: result.catalog, layout };
}
