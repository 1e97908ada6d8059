/** Where a catalog comes from, and whether the user must agree before we fetch it. */
export interface CatalogSource {
  kind: 'bundled' | 'url' | 'file';
  /** What to fetch (kind url/bundled) or the file name (kind file). */
  location: string;
  /** For the banner: "catalog.yaml", "landscape.yaml", "example.org". */
  label: string;
  /** Another origin: the user is asked before anything is requested from it. */
  crossOrigin: boolean;
}

export const BUNDLED_CATALOG = 'catalog.yaml';

export function sourceFor(catalogParam: string | null, pageUrl: string): CatalogSource {
  if (!catalogParam)
    return { kind: 'bundled', location: BUNDLED_CATALOG, label: BUNDLED_CATALOG, crossOrigin: false };
  let url: URL;
  try {
    url = new URL(catalogParam, pageUrl);
  } catch {
    return { kind: 'bundled', location: BUNDLED_CATALOG, label: BUNDLED_CATALOG, crossOrigin: false };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'bundled', location: BUNDLED_CATALOG, label: BUNDLED_CATALOG, crossOrigin: false };
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
