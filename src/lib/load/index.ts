export { fetchCatalog } from './fetchCatalog.ts';
export { fetchCatalogBytes, fileNameOf, FETCH_TIMEOUT_MS, type FetchedBytes } from './fetchBytes.ts';
export { openCatalog, type OpenedCatalog } from './openCatalog.ts';
export { hashBytes, PREBUILT_FORMAT, readPrebuilt, type PrebuiltCatalog } from './prebuilt.ts';
export { sourceFor, BUNDLED_CATALOG, type CatalogSource } from './catalogSource.ts';
