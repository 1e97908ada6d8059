/**
 * Names in the order people expect: case and accents aside (`etcd` beside `Envoy`, `Édition` among the
 * e's), then lower case first, as `localeCompare(b, 'en')` orders them for the names catalogs hold. Written
 * by hand because the first `localeCompare` with a locale loads the browser's collation data: 100 ms of
 * a phone's start (4× CPU), in the task that builds the map's graph.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss' };

const ASCII = /^[\x20-\x7e]*$/;

function fold(name: string): string {
  const lower = name.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[æœß]/g, (c) => LIGATURES[c]!);
}

// A sort compares each name a dozen times or more: each is folded once (a catalog holds at most 5,000).
const foldedNames = new Map<string, string>();
function folded(name: string): string {
  let key = foldedNames.get(name);
  if (key === undefined) {
    if (foldedNames.size >= 20_000) foldedNames.clear();
    key = fold(name);
    foldedNames.set(name, key);
  }
  return key;
}

export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const fa = folded(a);
  const fb = folded(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  // Equal but for case or accents: lower case first (code units put capitals first, so reversed).
  return a < b ? 1 : -1;
}
