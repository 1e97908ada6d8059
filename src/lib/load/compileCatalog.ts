/**
 * A catalog's compiled form: validated, laid out and stamped with the hash of the YAML it came from. The
 * build writes one beside each catalog in data/ (scripts/vite-catalogs.ts) and `npm run import --
 * --compiled` beside the YAML it writes; the app reads it instead of parsing while the YAML is unchanged
 * (prebuilt.ts, openCatalog.ts).
 */
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import type { Catalog } from '../catalog/types.ts';
import { hashBytes, PREBUILT_FORMAT, type PrebuiltCatalog } from './prebuilt.ts';

/** `catalog` is what parseCatalog made of exactly these `bytes`; `source` is the YAML's file name. */
export function compileCatalog(bytes: Uint8Array, source: string, catalog: Catalog): PrebuiltCatalog {
  const layout = computeLayout(buildGraph(catalog));
  return {
    format: PREBUILT_FORMAT,
    source,
    sourceHash: hashBytes(bytes),
    catalog,
    layout: { positions: Array.from(layout.positions), bounds: layout.bounds },
  };
}

/** Where the compiled form of a YAML file goes, and where the app looks for it: `x.yaml` → `x.json`. */
export const compiledPath = (yamlPath: string): string => yamlPath.replace(/\.ya?ml$/, '') + '.json';
