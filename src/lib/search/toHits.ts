/**
 * Ranked projects and matched problems to the hits the UI shows: for each,
 * the text that explains the match (a name, an alias, a problem, a
 * description…) and the ranges to highlight in it. Scores are set by the
 * caller once the order is final.
 */
import { FIELD, type IndexedText, type ProblemLabel, type SearchIndex } from './searchIndex.ts';
import type { Highlighter, Range } from './highlight.ts';
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
  if (tier === 0 || tier === 2) {
    const viaId = via >= 0 ? index.problems[via]!.problem.id : undefined;
    for (const field of [FIELD.name, FIELD.landscape, FIELD.id]) {
      const shown = ownFieldHit(index, project, field, highlighter, viaId);
      if (shown.ranges.length > 0) return shown;
    }
    // Spelled by a short form that is not shown as such ("openpolicyagent"): the whole name.
    const shown = ownFieldHit(index, project, FIELD.name, highlighter, viaId);
    shown.ranges = [[0, shown.text.length]];
    return shown;
  }
  if (tier === 1) return viaProblemHit(index, project, via, problems.get(via)?.label ?? 0, highlighter);
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
    return viaProblemHit(index, project, problem, problems.get(problem)?.labelOf[bestWord] ?? 0, highlighter);
  }
  return ownFieldHit(index, project, Math.max(0, source), highlighter);
}
