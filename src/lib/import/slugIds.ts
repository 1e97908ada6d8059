/**
 * Project ids from names: stable (the same name gives the same id whatever the
 * order of the file) and unique (colliding names get deterministic suffixes).
 */
import { LIMITS } from '../catalog/limits.ts';

const LETTERS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

/** FNV-1a, 32 bits, in base 36: a short stable fingerprint. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Trim a slug to `max` characters without leaving a dash at the end (at a dash when `words`). */
function fit(slug: string, max: number, words = false): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (words && dash > 0 && slug[max] !== '-' ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** `Open Policy Agent (OPA)` → `open-policy-agent-opa`, `C++` → `c-plus-plus`; empty when no letter or digit survives. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æœøßđłþð]/g, (char) => LETTERS[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return fit(slug, LIMITS.idLength);
}

export interface IdRequest {
  name: string;
  subcategory: string;
  homepage: string;
  /** An id that must be kept (a curated project's). */
  fixed?: string;
  /** Items of member categories yield a shared base id to technologies. */
  member: boolean;
  /** Orders items that share a name, so the file's order does not matter (e.g. `Category / Subcategory|homepage`). */
  tieBreak: string;
}

/**
 * One id per request, in the same order. Fixed ids are kept; otherwise the
 * slug of the name. When several items share a slug, a technology (not a member
 * company) keeps it before a company, then the first by `tieBreak`; the others
 * get the slug of their subcategory, then a hash of name and homepage, then a
 * number as a suffix. The order of the requests never matters.
 */
export function assignIds(requests: IdRequest[]): string[] {
  const ids: Array<string | undefined> = requests.map((r) => r.fixed);
  const taken = new Set(ids.filter((id): id is string => id !== undefined));
  const bases = requests.map((r) => slugify(r.name) || `item-${shortHash(r.name)}`);
  const order = requests
    .map((request, index) => ({ request, index }))
    .filter(({ request }) => request.fixed === undefined)
    .sort(
      (a, b) =>
        Number(a.request.member) - Number(b.request.member) ||
        compare(a.request.tieBreak, b.request.tieBreak) ||
        compare(a.request.name, b.request.name) ||
        a.index - b.index,
    );

  for (const { index } of order) {
    const base = bases[index]!;
    if (!taken.has(base)) {
      ids[index] = base;
      taken.add(base);
    }
  }
  for (const { request, index } of order) {
    if (ids[index] !== undefined) continue;
    const base = bases[index]!;
    const suffixes = [
      fit(slugify(request.subcategory), 30, true),
      shortHash(`${request.name}|${request.homepage}`),
    ];
    let id: string | undefined;
    for (const suffix of suffixes.filter(Boolean)) {
      const candidate = `${fit(base, LIMITS.idLength - suffix.length - 1)}-${suffix}`;
      if (!taken.has(candidate)) {
        id = candidate;
        break;
      }
    }
    for (let n = 2; id === undefined; n++) {
      const candidate = `${fit(base, LIMITS.idLength - String(n).length - 1)}-${n}`;
      if (!taken.has(candidate)) id = candidate;
    }
    ids[index] = id;
    taken.add(id);
  }
  return ids as string[];
}
