/**
 * Whose landscape it is. `--foundation` names it ("Continuous Delivery
 * Foundation", optionally with its short name in brackets: "Continuous
 * Delivery Foundation (CDF)"); otherwise the name comes from the landscape
 * itself: the prefix of its member or projects category ("CDF Members",
 * "ASWF Member Company", "ASWF Projects"), else the file name
 * ("lfenergy-landscape.yml" → "LFENERGY"). The CNCF keeps its full name.
 */
import { CNCF } from '../catalog/maturityLabel.ts';

const PREFIXED =
  /^(.+?)\s+(?:members?|member\s+compan(?:y|ies)|membership|projects|hosted\s+projects|project\s+levels?)$/i;

/** "Continuous Delivery Foundation" → "CDF"; a one-word name stays as it is. */
export function shortNameOf(name: string): string {
  const bracket = /\(([^()]{1,20})\)\s*$/.exec(name);
  if (bracket) return bracket[1]!.trim();
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length === 1) return name;
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : name;
}

export interface FoundationName {
  name: string;
  short_name: string;
}

function named(full: string): FoundationName {
  const name = full.replace(/\s*\([^()]{1,20}\)\s*$/, '').trim() || full;
  const short = shortNameOf(full);
  if (short === CNCF.short_name || name === CNCF.name)
    return { name: CNCF.name, short_name: CNCF.short_name };
  return { name, short_name: short };
}

export function nameFoundation(
  option: string | undefined,
  categories: string[],
  file: string,
): FoundationName {
  if (option?.trim()) return named(option.trim());
  for (const category of categories) {
    const prefix = PREFIXED.exec(category.trim())?.[1]?.trim();
    if (prefix && prefix.length <= 40) return named(prefix);
  }
  const base = (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const stem = base.replace(/[-_.]?landscape$/i, '').replace(/^landscape[-_.]?/i, '');
  if (/^[a-z0-9]{2,12}$/i.test(stem)) return named(stem.toUpperCase());
  return { name: 'the foundation', short_name: 'foundation' };
}
