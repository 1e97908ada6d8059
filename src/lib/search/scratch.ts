/**
 * Buffers a search reuses from one keystroke to the next, so typing does not
 * allocate (and later collect) a few hundred kilobytes per character. A search
 * runs to completion before the next starts, so one set per index suffices.
 */
import { MAX_WORDS } from './parseQuery.ts';

export class Scratch {
  /** [project * words + word] */
  readonly best: Float64Array;
  readonly source: Int32Array;
  /** [project * words + word]: the sum of its fields' weighted matches, a bit per field counted, its best problem. */
  readonly sum: Float64Array;
  readonly fields: Uint8Array;
  readonly viaProblem: Float64Array;
  /** Per project. */
  readonly seen: Uint8Array;
  readonly own: Int32Array;
  readonly relevance: Float64Array;
  readonly evidence: Float64Array;
  readonly coverage: Float64Array;
  readonly ownCoverage: Float64Array;
  readonly phrased: Float64Array;
  /** Per vocabulary term: highlight marks (see highlight.ts); all zero between searches. */
  readonly marks: Int32Array;

  constructor(projects: number, terms: number) {
    this.best = new Float64Array(projects * MAX_WORDS);
    this.source = new Int32Array(projects * MAX_WORDS);
    this.sum = new Float64Array(projects * MAX_WORDS);
    this.fields = new Uint8Array(projects * MAX_WORDS);
    this.viaProblem = new Float64Array(projects * MAX_WORDS);
    this.seen = new Uint8Array(projects);
    this.own = new Int32Array(projects);
    this.relevance = new Float64Array(projects);
    this.evidence = new Float64Array(projects);
    this.coverage = new Float64Array(projects);
    this.ownCoverage = new Float64Array(projects);
    this.phrased = new Float64Array(projects);
    this.marks = new Int32Array(terms);
  }
}
