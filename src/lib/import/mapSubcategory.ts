/**
 * The problems of one landscape item: from the mapping of its subcategory, and
 * where the subcategory covers several problems, from the split rules that
 * match its name and description.
 */
import type { SplitRule, SubcategoryMapping } from './types.ts';

export const OTHER = 'other';
/** The validator allows at most this many problems per project. */
export const MAX_PROBLEMS = 5;

/**
 * How subcategory paths are compared: case, spacing and `&` versus `and` do
 * not matter (the CNCF file itself writes "Governance, Policy and Security" in
 * one place and "Governance, Policy & Security" in a `second_path`).
 */
export function pathKey(path: string): string {
  return path
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split('/')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .join(' / ');
}

/** Where a rule first matches `text`, or -1. */
function firstMatch(rule: SplitRule, text: string): number {
  let first = -1;
  for (const regex of rule.regexes) {
    const at = text.search(regex);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * The problems one subcategory gives an item. When split rules match, their
 * problems replace the subcategory's default, earliest match in the text first
 * (a match in the name beats one deep in the description); otherwise the
 * default applies.
 */
export function mapSubcategory(mapping: SubcategoryMapping, text: string): string[] {
  const matches = mapping.split
    .map((rule, index) => ({ rule, index, at: firstMatch(rule, text) }))
    .filter((match) => match.at >= 0)
    .sort((a, b) => a.at - b.at || a.index - b.index);
  if (matches.length === 0) return [...mapping.problems];
  return unique(matches.flatMap((match) => match.rule.problems));
}

export function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Problems from every place an item is listed (its subcategory first, then its
 * `second_path`s), without `other` when anything fits better, capped at the
 * validator's maximum. Unmapped places give `other`.
 */
export function combineProblems(lists: string[][]): string[] {
  const all = unique(lists.flat());
  const fitting = all.filter((id) => id !== OTHER);
  return (fitting.length > 0 ? fitting : [OTHER]).slice(0, MAX_PROBLEMS);
}
