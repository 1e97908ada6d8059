/**
 * Opening a catalog by URL as fast as the situation allows: download the YAML
 * (within every limit) and, from the map's own site, the build's prebuilt JSON
 * at the same time; when the JSON was built from these very bytes, use it and
 * its layout; otherwise hand the bytes to `parse` (a Worker in the app, the
 * main thread in the embed).
 *
 * The prebuilt JSON is shown as soon as it is read, before the YAML has come and been hashed: a
 * 1.5 MB landscape's YAML download and hash are then off the way to the first map. `checked` says
 * afterwards whether the YAML was the one it was built from (null), or what to show instead: the YAML
 * parsed, or why it could not be read. A deployment that edits the YAML without rebuilding shows the
 * JSON's map for a moment, then the YAML's.
 */
import type { CatalogError } from '../catalog/errors.ts';
import { fetchCatalogBytes, redirectedAway } from './fetchBytes.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { hashBytesInSlices, prebuiltUrl, readPrebuilt } from './prebuilt.ts';
import type { Catalog } from '../catalog/types.ts';

/** `layout` when known at once; `settled`, a finished layout still to come (the Worker's). */
interface Opened {
  ok: true;
  catalog: Catalog;
  layout?: LayoutData;
  settled?: Promise<LayoutData>;
}

type Failed = { ok: false; errors: CatalogError[]; redirectedTo?: string };

export type OpenedCatalog =
  | (Opened & { prebuilt: boolean; checked?: Promise<OpenedCatalog | null> })
  | Failed;

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

export async function openCatalog(
  url: string,
  appOrigin: string,
  parse: ParseBytes,
  /** Called as soon as it is known the YAML will be parsed (no usable JSON): a Worker can start loading. */
  willParse: () => void = () => {},
): Promise<OpenedCatalog> {
  const absolute = new URL(url, globalThis.location?.href).href;
  const json = new URL(absolute).origin === appOrigin ? prebuiltUrl(absolute) : undefined;
  const yaml = fetchCatalogBytes(absolute);
  const fromYaml = async (): Promise<OpenedCatalog> => {
    const fetched = await yaml;
    if (!fetched.ok) return fetched;
    const parsed = await parse(fetched.bytes, fetched.file);
    return parsed.ok ? { ...parsed, prebuilt: false } : parsed;
  };
  const prebuiltText = json ? await fetchText(json) : undefined;
  const prebuilt = prebuiltText ? readPrebuilt(prebuiltText) : undefined;
  if (!prebuilt) {
    willParse();
    return fromYaml();
  }
  const checked = yaml.then(async (fetched) => {
    if (fetched.ok && (await hashBytesInSlices(fetched.bytes)) === prebuilt.sourceHash) return null;
    willParse();
    return fromYaml();
  });
  return { ok: true, catalog: prebuilt.catalog, layout: prebuilt.layout, prebuilt: true, checked };
}
