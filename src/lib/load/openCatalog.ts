/**
 * Opening a catalog by URL as fast as the situation allows: download the YAML
 * (within every limit) and, from the map's own site, the build's prebuilt JSON
 * at the same time; when the JSON was built from these very bytes, use it and
 * its layout; otherwise hand the bytes to `parse` (a Worker in the app, the
 * main thread in the embed).
 */
import type { CatalogError } from '../catalog/errors.ts';
import { fetchCatalogBytes, redirectedAway } from './fetchBytes.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { hashBytes, prebuiltUrl, readPrebuilt } from './prebuilt.ts';
import type { Catalog } from '../catalog/types.ts';

/** `layout` when known at once; `settled`, a finished layout still to come (the Worker's). */
interface Opened {
  ok: true;
  catalog: Catalog;
  layout?: LayoutData;
  settled?: Promise<LayoutData>;
}

export type OpenedCatalog =
  | (Opened & { prebuilt: boolean })
  | { ok: false; errors: CatalogError[]; redirectedTo?: string };

export type ParseBytes = (
  bytes: Uint8Array,
  file: string,
) => Promise<Opened | { ok: false; errors: CatalogError[] }>;

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    // A prebuilt file from another site could claim any hash: only the map's own is trusted.
    return response.ok && !redirectedAway(url, response) ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

export async function openCatalog(url: string, appOrigin: string, parse: ParseBytes): Promise<OpenedCatalog> {
  const absolute = new URL(url, globalThis.location?.href).href;
  const json = new URL(absolute).origin === appOrigin ? prebuiltUrl(absolute) : undefined;
  const [fetched, prebuiltText] = await Promise.all([
    fetchCatalogBytes(absolute),
    json ? fetchText(json) : Promise.resolve(undefined),
  ]);
  if (!fetched.ok) return fetched;
  const prebuilt = prebuiltText ? readPrebuilt(prebuiltText, hashBytes(fetched.bytes)) : undefined;
  if (prebuilt) return { ok: true, catalog: prebuilt.catalog, layout: prebuilt.layout, prebuilt: true };
  const parsed = await parse(fetched.bytes, fetched.file);
  return parsed.ok ? { ...parsed, prebuilt: false } : parsed;
}
