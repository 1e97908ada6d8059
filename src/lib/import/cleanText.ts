/**
 * Landscape strings made safe for the catalog validator: trimmed, whitespace
 * collapsed, control and invisible (bidi, zero-width) characters removed, and
 * cut to the length limit with an ellipsis; names are also NFKC-normalised
 * ("Ｋａｆｋａ" → "Kafka"). URLs are checked, never repaired.
 */
import { checkUrl } from '../catalog/checkShape.ts';
import { checkText, REFUSED } from '../catalog/checkText.ts';
import { LIMITS } from '../catalog/limits.ts';

// What the validator refuses in text (controls, format and invisible characters, unpaired
// surrogates), except the white space that is collapsed below.
const REMOVE = new RegExp(`(?![\\t-\\r])${REFUSED.source}`, 'gu');
const ELLIPSIS = '\u2026';

export interface CleanText {
  text: string;
  /** Characters removed (not counting collapsed whitespace). */
  removed: number;
  truncated: boolean;
}

/** Numbers and booleans become text (YAML reads `name: 1.0` as a number); anything else is absent. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Cut to at most `max` characters, preferring a word boundary near the end, and mark the cut. */
export function truncate(text: string, max: number, ellipsis = ELLIPSIS): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - ellipsis.length);
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > 0 && space > max - 30) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.-]+$/, '')}${ellipsis}`;
}

export interface CleanOptions {
  /**
   * Names: compatibility-normalised (NFKC), so fullwidth and styled letters
   * become plain ones as the validator requires, and cut with "..." (an
   * ellipsis character is itself not NFKC).
   */
  name?: boolean;
}

export function cleanText(value: unknown, max: number, options: CleanOptions = {}): CleanText {
  const raw = asText(value) ?? '';
  let stripped = raw.replace(REMOVE, '');
  let removed = raw.length - stripped.length;
  if (options.name) {
    const normal = stripped.normalize('NFKC');
    stripped = normal.replace(REMOVE, '');
    removed += normal.length - stripped.length;
  }
  const text = stripped.replace(/\s+/g, ' ').trim();
  const cut = truncate(text, max, options.name ? '...' : ELLIPSIS);
  return { text: cut, removed, truncated: cut !== text };
}

/** A URL the validator accepts, or undefined: only http(s), no spaces, no invisible characters. */
export function cleanUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url === '' || url.length > LIMITS.urlLength) return undefined;
  if (checkText(url, 'url') !== undefined || checkUrl(url) !== undefined) return undefined;
  return url;
}

/** Why a cleaned name would still be refused (mixed scripts), or undefined. */
export function nameProblem(name: string): string | undefined {
  return checkText(name, 'projects.name');
}
