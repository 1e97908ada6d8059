/**
 * Projects whose name the query spells out: every word of one of its name
 * variants (name, short name, id, landscape name, compact form) is matched by
 * a query word, typos and a word being typed included. "kafka" names Apache
 * Kafka through its id; "open policy agent" names OPA; "prometeus" Prometheus.
 */
import { FIELD, FIELD_BITS, FIELD_MASK, type SearchIndex } from './searchIndex.ts';
import type { QueryWord } from './parseQuery.ts';

export interface NameHit {
  project: number;
  /** The weakest match among the name's words: 1 exact, 0.8 typed prefix, ~0.65 typo. */
  quality: number;
  /** The query words the name uses, as bits (bit i: the i-th of the given words); a name hit is made for
   * hundreds of candidates on a short prefix, and a Set each was most of that keystroke's garbage. */
  words: number;
  /** How many query words the name uses (the bits set in `words`). */
  count: number;
  /** Spelled by its name or id, not only by its landscape name. */
  primary: boolean;
}

/** A finished word that merely begins a name ("open" → opentelemetry) does not spell it. */
const MIN_QUALITY = 0.6;
/** Exact or same stem: no typo, no unfinished word. */
export const EXACT = 0.9;

export function nameHits(index: SearchIndex, words: QueryWord[]): NameHit[] {
  const best = new Map<number, { quality: number; word: number; prefix: boolean }>();
  words.forEach((w, i) => {
    for (const m of w.matches) {
      if (m.quality < MIN_QUALITY) continue;
      const known = best.get(m.term);
      if (!known || known.quality < m.quality)
        best.set(m.term, { quality: m.quality, word: i, prefix: m.kind === 'prefix' });
    }
  });
  const candidates = new Set<number>();
  for (const term of best.keys()) {
    for (const code of index.projectPostings.get(term) ?? []) {
      const field = code & FIELD_MASK;
      if (field !== FIELD.description && field !== FIELD.keywords) candidates.add(code >> FIELD_BITS);
    }
  }
  const hits: NameHit[] = [];
  for (const project of candidates) {
    let hit: NameHit | undefined;
    for (const { terms, primary, compact } of index.projects[project]!.variants) {
      // "cert" typed alone may become "certmanager"; after other words ("api gateway…") it is a word of its own.
      if (compact && words.length > 1 && best.get(terms[0]!)?.prefix) continue;
      let quality = 1;
      let previous = -1;
      let used = 0;
      let count = 0;
      for (const term of terms) {
        const match = best.get(term);
        // The words must come in the name's order: "api gateway" does not spell "Gateway API".
        if (!match || match.word < previous) {
          quality = 0;
          break;
        }
        quality = Math.min(quality, match.quality);
        previous = match.word;
        if (!(used & (1 << match.word))) count++;
        used |= 1 << match.word;
      }
      if (quality === 0) continue;
      const better =
        !hit || Number(primary) - Number(hit.primary) || quality - hit.quality || count - hit.count;
      if (better === true || better > 0) hit = { project, quality, words: used, count, primary };
    }
    if (hit) hits.push(hit);
  }
  return hits;
}
