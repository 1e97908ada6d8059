export { createSearchIndex, type SearchIndex } from './createSearchIndex.ts';
export { searchCatalog } from './searchCatalog.ts';
export type { HitField, SearchHit, SearchOptions, SearchResults } from './types.ts';
