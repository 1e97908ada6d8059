/**
 * Highlight ranges: which characters of a shown text the query matched. Whole
 * words for exact, stem and typo matches; only the typed part of a word still
 * being typed ("prom" in "Prometheus"). Offsets are in the original text.
 */
import type { IndexedText } from './createSearchIndex.ts';
import type { QueryWord } from './parseQuery.ts';
import { originalPrefixLength } from './tokenise.ts';

export type Range = [number, number];

/** Merged, sorted, non-overlapping. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A function giving the ranges of any indexed text for these query words. */
export function highlighter(words: QueryWord[]): (text: IndexedText) => Range[] {
  // term → folded characters typed (0: the whole word)
  const typed = new Map<number, number>();
  for (const w of words) {
    for (const m of w.matches) {
      const part = m.kind === 'prefix' ? w.word.length : 0;
      const known = typed.get(m.term);
      if (known === undefined || (known !== 0 && (part === 0 || part > known))) typed.set(m.term, part);
    }
  }
  return ({ text, tokens }) => {
    const ranges: Range[] = [];
    for (const token of tokens) {
      const part = typed.get(token.term);
      if (part === undefined) continue;
      const end =
        part === 0 ? token.end : token.start + originalPrefixLength(text.slice(token.start, token.end), part);
      if (end > token.start) ranges.push([token.start, end]);
    }
    return mergeRanges(ranges);
  };
}
