/**
 * Fetching and parsing a catalog by URL in one step (Node scripts, tests, the
 * embed's fallback). The browser app downloads with fetchCatalogBytes and
 * parses in a Worker (openCatalog.ts).
 */
import { FETCH_TIMEOUT_MS, fetchCatalogBytes } from './fetchBytes.ts';
import { parseCatalog, type CatalogResult } from '../catalog/parseCatalog.ts';

export { FETCH_TIMEOUT_MS, fetchCatalogBytes, fileNameOf, type FetchedBytes } from './fetchBytes.ts';

export async function fetchCatalog(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<CatalogResult> {
  const fetched = await fetchCatalogBytes(url, timeoutMs);
  return fetched.ok ? parseCatalog(fetched.bytes, fetched.file) : fetched;
}
