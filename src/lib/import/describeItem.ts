/**
 * The texts of one landscape item as catalog strings: name, description (the
 * item's own, else `extra.summary_use_case`, else a neutral placeholder) and
 * category (its subcategory's name), each cleaned to pass the validator.
 */
import { LIMITS } from '../catalog/limits.ts';
import { cleanText, type CleanText } from './cleanText.ts';
import type { LandscapeItem } from './readLandscape.ts';

export interface ItemDescription extends CleanText {
  source: 'description' | 'summary_use_case' | 'placeholder';
}

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
  const fallback = cleanText(summary, LIMITS.textLength);
  if (fallback.text)
    return { ...fallback, removed: fallback.removed + own.removed, source: 'summary_use_case' };
  const where = cleanText(`${item.category} / ${item.subcategory}`, LIMITS.textLength - 80).text;
  return {
    text: `No description in the landscape; listed under ${where}.`,
    removed: own.removed,
    truncated: false,
    source: 'placeholder',
  };
}
