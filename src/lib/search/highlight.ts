/**
 * Highlight ranges: which characters of a shown text the query matched. Whole
 * words for exact, stem and typo matches; only the typed part of a word still
 * being typed ("prom" in "Prometheus"). Offsets are in the original text.
 * Matched terms are marked in a vocabulary-sized array, so checking a token
 * is one array read: a search may highlight thousands of descriptions.
 */
import type { IndexedText } from './searchIndex.ts';
import type { QueryWord } from './parseQuery.ts';
import { originalPrefixLength } from './tokenise.ts';

export type Range = [number, number];

const WHOLE = -1;

/** Merged, sorted, non-overlapping. */
export function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export class Highlighter {
  private readonly marked: number[] = [];

  /** `marks` is all zero and is left all zero by `release`. */
  constructor(
    private readonly marks: Int32Array,
    words: QueryWord[],
  ) {
    for (const w of words) {
      for (const m of w.matches) {
        const mark = m.kind === 'prefix' ? w.word.length : WHOLE;
        const known = marks[m.term]!;
        if (known === 0) this.marked.push(m.term);
        if (known === 0 || (known !== WHOLE && (mark === WHOLE || mark > known))) marks[m.term] = mark;
      }
    }
  }

  /** Ranges of texts many hits show (problem labels, categories), computed once per search. */
  private readonly shared = new Map<IndexedText, Range[]>();

  /** The ranges of a text shown by many hits: computed once, copied for each. */
  sharedRanges(text: IndexedText): Range[] {
    let ranges = this.shared.get(text);
    if (!ranges) this.shared.set(text, (ranges = this.ranges(text)));
    return ranges.map(([start, end]) => [start, end]);
  }

  ranges({ text, tokens }: IndexedText): Range[] {
    const ranges: Range[] = [];
    for (const token of tokens) {
      const mark = this.marks[token.term]!;
      if (mark === 0) continue;
      const end =
        mark === WHOLE
          ? token.end
          : token.start + originalPrefixLength(text.slice(token.start, token.end), mark);
      if (end > token.start) ranges.push([token.start, end]);
    }
    return mergeRanges(ranges);
  }

  release(): void {
    for (const term of this.marked) this.marks[term] = 0;
    this.marked.length = 0;
  }
}
