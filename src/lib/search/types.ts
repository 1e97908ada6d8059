/** What a search returns. Only the order of hits is meaningful, never the raw score. */

export type HitField =
  | 'name'
  | 'id'
  | 'alias'
  | 'question'
  | 'problem'
  | 'description'
  | 'keyword'
  | 'category';

export interface SearchHit {
  kind: 'problem' | 'project';
  /** The catalog id. */
  id: string;
  /** The name to show. */
  label: string;
  /** Higher is better; only the order is meaningful. */
  score: number;
  /** Why it matched. */
  field: HitField;
  /** The text that matched: the name, the alias, the problem name, the description… */
  text: string;
  /** [start, endExclusive] offsets in `text` to highlight. */
  ranges: Array<[number, number]>;
  /** For projects found through a problem: that problem's id. */
  viaProblem?: string;
}

export interface SearchResults {
  query: string;
  /** Ids of the problems the query names ("tracing", "mtls"…), strongest first. */
  namedProblems: string[];
  /** Every match, best first: named problems, then projects, then other matching problems. */
  hits: SearchHit[];
  /** When nothing matches: the closest problem and project names, best first. */
  closest?: SearchHit[];
  /** When nothing matches: every problem, to browse. */
  problems?: SearchHit[];
}

export interface SearchOptions {
  /** At most this many hits (default: all). */
  limit?: number;
}
