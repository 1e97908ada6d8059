export { importLandscape } from './importLandscape.ts';
export { loadMapping, type MappingResult } from './loadMapping.ts';
export { checkAccounting, formatSummary, skippedByRule } from './summarize.ts';
export { slugify, assignIds } from './slugIds.ts';
export * from './types.ts';
