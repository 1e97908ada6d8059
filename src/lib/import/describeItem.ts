/**
 * The texts of one landscape item as catalog strings: name, description (the
 * item's own, else its `extra.summary_use_case` credited as the landscape's,
 * else none: nothing is made up) and category (its subcategory's name), each
 * cleaned to pass the validator.
 */
import { LIMITS } from '../catalog/limits.ts';
import { cleanText, type CleanText } from './cleanText.ts';
import type { LandscapeItem } from './readLandscape.ts';

export interface ItemDescription extends CleanText {
  source: 'description' | 'summary_use_case' | 'none';
}

/** Says whose words a description taken from `extra.summary_use_case` is. */
export const USE_CASE_CREDIT = 'Use case, as the landscape summarises it: ';

export function itemName(item: LandscapeItem): CleanText {
  return cleanText(item.fields.name, LIMITS.nameLength, { name: true });
}

export function itemCategory(item: LandscapeItem): string {
  return cleanText(item.subcategory, LIMITS.nameLength).text;
}

export function itemDescription(item: LandscapeItem): ItemDescription {
  const own = cleanText(item.fields.description, LIMITS.textLength);
  if (own.text) return { ...own, source: 'description' };
  const extra = item.fields.extra;
  const summary =
    extra && typeof extra === 'object' ? (extra as Record<string, unknown>).summary_use_case : undefined;
  const fallback = cleanText(summary, LIMITS.textLength - USE_CASE_CREDIT.length);
  if (fallback.text)
    return {
      ...fallback,
      text: `${USE_CASE_CREDIT}${fallback.text}`,
      removed: fallback.removed + own.removed,
      source: 'summary_use_case',
    };
  return { text: '', removed: own.removed, truncated: false, source: 'none' };
}
