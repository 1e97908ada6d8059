/**
 * Opening a catalog by URL as fast as the situation allows. From the map's own site, the build's
 * prebuilt JSON is asked for first (often before the page's code has run: earlyPrebuilt.ts); when there
 * is one, it is shown as soon as it is read, validated and laid out already. The YAML is downloaded
 * afterwards (`checkAfter`: the app waits until the map has painted, so the download and its hash are
 * off the way to the first view) and `checked` says whether the JSON was built from these very bytes
 * (null) or what to show instead: the YAML parsed, or why it could not be read. A deployment that edits
 * the YAML without rebuilding shows the JSON's map for a moment, then the YAML's. Without a usable JSON
 * the YAML is downloaded at once and handed to `parse` (a Worker).
 */
import type { CatalogError } from '../catalog/errors.ts';
import { fetchCatalogBytes, redirectedAway } from './fetchBytes.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { hashBytesInSlices, prebuiltUrl, readPrebuilt } from './prebuilt.ts';
import { prebuiltResponse } from './earlyPrebuilt.ts';
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

/** The prebuilt JSON's text, when the map's own site has one at `url`. */
async function prebuiltText(url: string): Promise<string | undefined> {
  const response = await prebuiltResponse(url);
  // A prebuilt file from another site could claim any hash: only the map's own is trusted.
  if (!response?.ok || redirectedAway(url, response)) {
    await response?.body?.cancel().catch(() => {});
    return undefined;
  }
  return response.text().catch(() => undefined);
}

export interface OpenOptions {
  /** Called as soon as it is known the YAML will be parsed (no usable JSON): a Worker can start loading. */
  willParse?: () => void;
  /** Resolves when the YAML behind a prebuilt catalog may be downloaded and checked (default: at once). */
  checkAfter?: () => Promise<void>;
}

export async function openCatalog(
  url: string,
  appOrigin: string,
  parse: ParseBytes,
  { willParse = () => {}, checkAfter = () => Promise.resolve() }: OpenOptions = {},
): Promise<OpenedCatalog> {
  const absolute = new URL(url, globalThis.location?.href).href;
  const json = new URL(absolute).origin === appOrigin ? prebuiltUrl(absolute) : undefined;
  const fromYaml = async (download = fetchCatalogBytes(absolute)): Promise<OpenedCatalog> => {
    willParse();
    const fetched = await download;
    if (!fetched.ok) return fetched;
    const parsed = await parse(fetched.bytes, fetched.file);
    return parsed.ok ? { ...parsed, prebuilt: false } : parsed;
  };
  // The YAML is asked for only once the JSON's answer is in: on a 404 that is one round trip, usually
  // spent while the page's code evaluates (the JSON was asked for before it).
  const text = json ? await prebuiltText(json) : undefined;
  const prebuilt = text ? readPrebuilt(text) : undefined;
  if (!prebuilt) return fromYaml();
  const checked = checkAfter().then(async () => {
    const download = fetchCatalogBytes(absolute);
    const fetched = await download;
    if (fetched.ok && (await hashBytesInSlices(fetched.bytes)) === prebuilt.sourceHash) return null;
    return fromYaml(download);
  });
  return { ok: true, catalog: prebuilt.catalog, layout: prebuilt.layout, prebuilt: true, checked };
}
