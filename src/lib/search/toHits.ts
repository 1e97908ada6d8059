/**
 * Ranked projects and matched problems to the hits the UI shows: for each,
 * the text that explains the match (a name, an alias, a problem, a
 * description…) and the ranges to highlight in it. Scores are set by the
 * caller once the order is final.
 */
import { FIELD, type IndexedText, type ProblemLabel, type SearchIndex } from './searchIndex.ts';
import { Highlighter, type Range } from './highlight.ts';
import type { ProblemMatch } from './matchProblems.ts';
import type { QueryWord } from './parseQuery.ts';
import { SOURCE, type ProjectScores } from './scoreProjects.ts';
import type { HitField, SearchHit } from './types.ts';

const PROBLEM_FIELD: Record<ProblemLabel['kind'], HitField> = {
  name: 'problem',
  id: 'problem',
  alias: 'alias',
  question: 'question',
};

function hit(
  kind: SearchHit['kind'],
  id: string,
  label: string,
  field: HitField,
  text: IndexedText,
  ranges: Range[],
  viaProblem?: string,
): SearchHit {
  const out: SearchHit = {
    kind,
    id,
    label,
    score: 0,
    field,
    text: text.text,
    ranges,
  };
  if (viaProblem !== undefined) out.viaProblem = viaProblem;
  return out;
}

export function problemHit(index: SearchIndex, match: ProblemMatch, highlighter: Highlighter): SearchHit {
  const { problem, labels } = index.problems[match.problem]!;
  const label = labels[match.label]!;
  return hit('problem', problem.id, problem.name, label.kind, label.text, highlighter.ranges(label.text));
}

/** A project found through a problem explains itself by that problem's matching label. */
export function viaProblemHit(
  index: SearchIndex,
  project: number,
  problem: number,
  label: number,
  highlighter: Highlighter,
): SearchHit {
  const { project: p } = index.projects[project]!;
  const { labels, problem: pr } = index.problems[problem]!;
  let chosen = labels[label] ?? labels[0]!;
  if (chosen.kind === 'id') chosen = labels[0]!; // show "Service mesh", not "service-mesh"
  const ranges = highlighter.sharedRanges(chosen.text);
  return hit('project', p.id, p.name, PROBLEM_FIELD[chosen.kind], chosen.text, ranges, pr.id);
}

function ownFieldHit(
  index: SearchIndex,
  project: number,
  field: number,
  highlighter: Highlighter,
  via?: string,
) {
  const entry = index.projects[project]!;
  const { id, name } = entry.project;
  if (field === SOURCE.category) {
    const text = index.categories[entry.category]!.text;
    return hit('project', id, name, 'category', text, highlighter.sharedRanges(text), via);
  }
  const kind: HitField =
    field === FIELD.id
      ? 'id'
      : field === FIELD.description
        ? 'description'
        : field === FIELD.keywords
          ? 'keyword'
          : 'name';
  const text = entry.fields[field]!;
  return hit('project', id, name, kind, text, highlighter.ranges(text), via);
}

/**
 * How a project hit explains itself, decided while the search's scores are at hand (they live in scratch
 * buffers the next keystroke reuses): by its own names, by a problem's label, or by one of its fields.
 */
export type Reason =
  | { by: 'names'; via: number }
  | { by: 'problem'; problem: number; label: number }
  | { by: 'field'; field: number };

export function reasonOf(
  index: SearchIndex,
  project: number,
  tier: number,
  via: number,
  words: QueryWord[],
  scores: ProjectScores,
  problems: Map<number, ProblemMatch>,
): Reason {
  if (tier === 0 || tier === 2) return { by: 'names', via };
  if (tier === 1) return { by: 'problem', problem: via, label: problems.get(via)?.label ?? 0 };
  // Tier 3: the source of the word that contributes most.
  let bestWord = 0;
  let bestValue = -1;
  for (let i = 0; i < words.length; i++) {
    const value = words[i]!.weight * scores.best[project * scores.words + i]!;
    if (value > bestValue) {
      bestValue = value;
      bestWord = i;
    }
  }
  const at = project * scores.words + bestWord;
  let source = scores.source[at]!;
  // A description that says it too reads better than a keyword.
  if (source === FIELD.keywords && scores.fields[at]! & (1 << FIELD.description)) source = FIELD.description;
  if (source >= SOURCE.viaProblem) {
    const problem = source - SOURCE.viaProblem;
    return { by: 'problem', problem, label: problems.get(problem)?.labelOf[bestWord] ?? 0 };
  }
  return { by: 'field', field: Math.max(0, source) };
}

/** The hit a reason gives, with its text and highlight ranges. */
export function explain(
  index: SearchIndex,
  project: number,
  reason: Reason,
  highlighter: Highlighter,
): SearchHit {
  if (reason.by === 'problem')
    return viaProblemHit(index, project, reason.problem, reason.label, highlighter);
  if (reason.by === 'field') return ownFieldHit(index, project, reason.field, highlighter);
  const viaId = reason.via >= 0 ? index.problems[reason.via]!.problem.id : undefined;
  for (const field of [FIELD.name, FIELD.landscape, FIELD.id]) {
    const shown = ownFieldHit(index, project, field, highlighter, viaId);
    if (shown.ranges.length > 0) return shown;
  }
  // Spelled by a short form that is not shown as such ("openpolicyagent"): the whole name.
  const shown = ownFieldHit(index, project, FIELD.name, highlighter, viaId);
  shown.ranges = [[0, shown.text.length]];
  return shown;
}

export function projectHit(
  index: SearchIndex,
  project: number,
  tier: number,
  via: number,
  words: QueryWord[],
  scores: ProjectScores,
  problems: Map<number, ProblemMatch>,
  highlighter: Highlighter,
): SearchHit {
  return explain(index, project, reasonOf(index, project, tier, via, words, scores, problems), highlighter);
}

/**
 * A project hit whose text and highlight ranges are worked out when first read. A keystroke may find
 * two thousand projects of the import; the map lights them all by id, and the list shows ten: explaining
 * every hit was the biggest part of such a search. It reads as an explained hit does (and serialises as
 * one), explained with the search's own words when first read. A class, so that its accessors are
 * shared: accessors written in an object literal gave every hit a shape of its own, ten times slower.
 */
class LazyProjectHit implements SearchHit {
  readonly kind = 'project' as const;
  readonly id: string;
  readonly label: string;
  score = 0;
  declare viaProblem?: string;
  readonly #index: SearchIndex;
  readonly #project: number;
  readonly #reason: Reason;
  readonly #words: QueryWord[];
  #shown: SearchHit | undefined;

  constructor(index: SearchIndex, project: number, reason: Reason, words: QueryWord[]) {
    const { id, name } = index.projects[project]!.project;
    this.id = id;
    this.label = name;
    [this.#index, this.#project, this.#reason, this.#words] = [index, project, reason, words];
    const via =
      reason.by === 'problem' ? reason.problem : reason.by === 'names' && reason.via >= 0 ? reason.via : -1;
    if (via >= 0) this.viaProblem = index.problems[via]!.problem.id;
  }

  #explained(): SearchHit {
    if (!this.#shown) {
      const highlighter = new Highlighter(this.#index.scratch.marks, this.#words);
      try {
        this.#shown = explain(this.#index, this.#project, this.#reason, highlighter);
      } finally {
        highlighter.release();
      }
    }
    return this.#shown;
  }

  get field() {
    return this.#explained().field;
  }
  set field(value) {
    this.#explained().field = value;
  }
  get text() {
    return this.#explained().text;
  }
  set text(value) {
    this.#explained().text = value;
  }
  get ranges() {
    return this.#explained().ranges;
  }
  set ranges(value) {
    this.#explained().ranges = value;
  }

  toJSON(): SearchHit {
    const { kind, id, label, score, field, text, ranges, viaProblem } = this;
    return { kind, id, label, score, field, text, ranges, ...(viaProblem !== undefined && { viaProblem }) };
  }
}

export function lazyProjectHit(
  index: SearchIndex,
  project: number,
  reason: Reason,
  words: QueryWord[],
): SearchHit {
  return new LazyProjectHit(index, project, reason, words);
}
