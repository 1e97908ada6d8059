export { parseCatalog, type CatalogResult } from './parseCatalog';
export { formatError, type CatalogError } from './errors';
export { LIMITS } from './limits';
export { textFragmentUrl, encodeTextFragment } from './textFragment';
export * from './types';
