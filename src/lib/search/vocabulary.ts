/**
 * Every distinct term of a catalog, numbered, with the lookups the matcher
 * needs: by exact term, by stem, by prefix (two sorted lists: all terms, and
 * the terms of names and ids, which alone answer one- and two-letter prefixes),
 * and by character bigram, which finds typo candidates without scanning.
 */
import { stem } from './stem.ts';

export class Vocabulary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byStem = new Map<string, number[]>();
  private readonly nameTermSet = new Set<number>();
  private sortedAll: number[] = [];
  private sortedNames: number[] = [];
  private readonly bigrams = new Map<string, number[]>();
  private counts = new Int32Array(0);

  /** The id of a term, adding it if new. */
  add(term: string, isName = false): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
      const key = stem(term);
      const same = this.byStem.get(key);
      if (same) same.push(id);
      else this.byStem.set(key, [id]);
    }
    if (isName) this.nameTermSet.add(id);
    return id;
  }

  /**
   * Called once after the last `add`: sorts the terms and builds the bigram table, in steps (a big
   * landscape's table took 280 ms in one go, too long a slice for the idle-time build on a slow phone).
   */
  *sealSteps(every = 2000): Generator<void, void, void> {
    const byTerm = (a: number, b: number) => (this.terms[a]! < this.terms[b]! ? -1 : 1);
    this.sortedAll = this.terms.map((_, i) => i).sort(byTerm);
    this.sortedNames = [...this.nameTermSet].sort(byTerm);
    for (let id = 0; id < this.terms.length; id++) {
      if (id > 0 && id % every === 0) yield;
      for (const gram of bigramsOf(this.terms[id]!, true)) {
        const list = this.bigrams.get(gram);
        if (list) list.push(id);
        else this.bigrams.set(gram, [id]);
      }
    }
    this.counts = new Int32Array(this.terms.length);
  }

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  isNameTerm(id: number): boolean {
    return this.nameTermSet.has(id);
  }

  /** Terms sharing the stem of `term`, itself included when known. */
  sameStem(term: string): readonly number[] {
    return this.byStem.get(stem(term)) ?? [];
  }

  /** Terms that start with `prefix`, from all terms or only from names and ids. */
  withPrefix(prefix: string, namesOnly: boolean, limit = 2000): number[] {
    const list = namesOnly ? this.sortedNames : this.sortedAll;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[list[mid]!]! < prefix) low = mid + 1;
      else high = mid;
    }
    const out: number[] = [];
    for (let i = low; i < list.length && out.length < limit; i++) {
      const id = list[i]!;
      if (!this.terms[id]!.startsWith(prefix)) break;
      out.push(id);
    }
    return out;
  }

  /**
   * Terms that share at least `minShared` bigrams with `term` and whose length
   * is within the given bounds: the few worth handing to the fuzzy matcher.
   */
  bigramNeighbours(term: string, open: boolean, minShared: number, minLength: number, maxLength: number) {
    const touched: number[] = [];
    for (const gram of bigramsOf(term, !open)) {
      for (const id of this.bigrams.get(gram) ?? []) {
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id] = this.counts[id]! + 1;
      }
    }
    const out: number[] = [];
    for (const id of touched) {
      const length = this.terms[id]!.length;
      if (this.counts[id]! >= minShared && length >= minLength && length <= maxLength) out.push(id);
      this.counts[id] = 0;
    }
    return out;
  }
}

/** "mesh" → ^m me es sh h$ (the end marker is left out for a word still being typed). */
export function bigramsOf(term: string, withEnd: boolean): string[] {
  const padded = `^${term}${withEnd ? '$' : ''}`;
  const out: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
  return out;
}
