export { parseCatalog, type CatalogResult } from './parseCatalog.ts';
export { formatError, formatWarning, type CatalogError } from './errors.ts';
export { LIMITS } from './limits.ts';
export { textFragmentUrl, encodeTextFragment } from './textFragment.ts';
export * from './types.ts';
