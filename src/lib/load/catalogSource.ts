import { quoted } from '../catalog/paths.ts';

/** Where a catalog comes from, and whether the user must agree before we fetch it. */
export interface CatalogSource {
  kind: 'bundled' | 'url' | 'file';
  /** What to fetch (kind url/bundled) or the file name (kind file). */
  location: string;
  /** For the banner: "catalog.yaml", "landscape.yaml", "example.org". */
  label: string;
  /** Another origin: the user is asked before anything is requested from it. */
  crossOrigin: boolean;
  /** Why the `catalog` address was refused (the bundled catalog is used instead): shown to the user. */
  refused?: string;
  /** The address the user followed, when this one is where it redirected (the notice names both). */
  redirectedFrom?: string;
}

export const BUNDLED_CATALOG = 'catalog.yaml';

export function sourceFor(catalogParam: string | null, pageUrl: string): CatalogSource {
  if (!catalogParam)
    return { kind: 'bundled', location: BUNDLED_CATALOG, label: BUNDLED_CATALOG, crossOrigin: false };
  const refuse = (why: string): CatalogSource => ({
    kind: 'bundled',
    location: BUNDLED_CATALOG,
    label: BUNDLED_CATALOG,
    crossOrigin: false,
    refused: `the catalog address ${quoted(catalogParam, 80)} was refused: ${why}`,
  });
  let url: URL;
  try {
    url = new URL(catalogParam, pageUrl);
  } catch {
    return refuse('it is not a web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse(`only http and https addresses can be loaded, not ${url.protocol} ones`);
  }
  const page = new URL(pageUrl);
  const crossOrigin = url.origin !== page.origin;
  return {
    kind: 'url',
    location: url.href,
    label: crossOrigin ? url.host : (url.pathname.split('/').pop() ?? url.pathname),
    crossOrigin,
  };
}
