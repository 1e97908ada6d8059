/**
 * One row of a search query table: what a practitioner types, and the projects (catalog ids) a
 * person who knows the field would accept among the first five results. Any one of them there
 * counts as found. For "X alternative" the set holds X's peers, not X itself.
 */
export type QueryCase = readonly [query: string, acceptable: readonly string[]];
