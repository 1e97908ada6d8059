export { createSearchIndex } from './createSearchIndex.ts';
export type { SearchIndex } from './searchIndex.ts';
export { searchCatalog } from './searchCatalog.ts';
export type { HitField, SearchHit, SearchOptions, SearchResults } from './types.ts';
export { buildSearchIndexWhenIdle, type IdleSearchIndex } from './idleSearchIndex.ts';
