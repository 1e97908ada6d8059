/**
 * Parse (or convert a landscape.yml) and lay out in one step: what the Worker does, and what the page does
 * when Workers are not available.
 */
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import type { CatalogError } from '../catalog/errors.ts';
import { parseCatalog } from '../catalog/parseCatalog.ts';
import type { Catalog } from '../catalog/types.ts';
import type { ImportReport } from './importReport.ts';
import { readCatalogOrLandscape } from './readCatalogOrLandscape.ts';

export type ParsedAndLaidOut =
  | { ok: true; catalog: Catalog; layout: LayoutData; report?: ImportReport }
  | { ok: false; errors: CatalogError[] };

export async function parseCatalogAndLayout(bytes: Uint8Array, file: string): Promise<ParsedAndLaidOut> {
  const result = await readCatalogOrLandscape(bytes, file, parseCatalog);
  if (!result.ok) return result;
  const layout = computeLayout(buildGraph(result.catalog));
  return { ...result, layout };
}
