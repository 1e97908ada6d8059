/**
 * Ranked projects and matched problems to the hits the UI shows: for each,
 * the text that explains the match (a name, an alias, a problem, a
 * description…) and the ranges to highlight in it.
 */
import { FIELD, type IndexedText, type ProblemLabel, type SearchIndex } from './createSearchIndex.ts';
import type { Range } from './highlight.ts';
import type { ProblemMatch } from './matchProblems.ts';
import type { QueryWord } from './parseQuery.ts';
import type { RankedProject } from './rankProjects.ts';
import { SOURCE, type ProjectScores } from './scoreProjects.ts';
import type { HitField, SearchHit } from './types.ts';

type Highlight = (text: IndexedText) => Range[];
type Unscored = Omit<SearchHit, 'score'>;

const PROBLEM_FIELD: Record<ProblemLabel['kind'], HitField> = {
  name: 'problem',
  id: 'problem',
  alias: 'alias',
  question: 'question',
};

export function problemHit(index: SearchIndex, match: ProblemMatch, highlight: Highlight): Unscored {
  const { problem, labels } = index.problems[match.problem]!;
  const label = labels[match.label]!;
  return {
    kind: 'problem',
    id: problem.id,
    label: problem.name,
    field: label.kind,
    text: label.text.text,
    ranges: highlight(label.text),
  };
}

/** How a project found through a problem explains itself: that problem's matching label. */
function viaProblem(index: SearchIndex, problem: number, label: number, highlight: Highlight) {
  const labels = index.problems[problem]!.labels;
  let chosen = labels[label] ?? labels[0]!;
  if (chosen.kind === 'id') chosen = labels[0]!; // show "Service mesh", not "service-mesh"
  return {
    field: PROBLEM_FIELD[chosen.kind],
    text: chosen.text.text,
    ranges: highlight(chosen.text),
    viaProblem: index.problems[problem]!.problem.id,
  };
}

function ownField(index: SearchIndex, project: number, field: number, highlight: Highlight) {
  const entry = index.projects[project]!;
  if (field === SOURCE.category) {
    const text = index.categories[entry.category]!.text;
    return { field: 'category' as const, text: text.text, ranges: highlight(text) };
  }
  const text = entry.fields[field]!;
  const kind: HitField = field === FIELD.id ? 'id' : field === FIELD.description ? 'description' : 'name';
  return { field: kind, text: text.text, ranges: highlight(text) };
}

export function projectHit(
  index: SearchIndex,
  ranked: RankedProject,
  words: QueryWord[],
  scores: ProjectScores,
  problems: Map<number, ProblemMatch>,
  highlight: Highlight,
): Unscored {
  const { project, tier, via } = ranked;
  const entry = index.projects[project]!;
  const base = { kind: 'project' as const, id: entry.project.id, label: entry.project.name };
  if (tier === 0 || tier === 2) {
    for (const field of [FIELD.name, FIELD.landscape, FIELD.id]) {
      const shown = ownField(index, project, field, highlight);
      if (shown.ranges.length > 0)
        return { ...base, ...shown, ...(via >= 0 ? { viaProblem: index.problems[via]!.problem.id } : {}) };
    }
    const name = entry.project.name;
    return { ...base, field: 'name', text: name, ranges: [[0, name.length]] };
  }
  if (tier === 1) {
    const match = problems.get(via);
    return { ...base, ...viaProblem(index, via, match?.label ?? 0, highlight) };
  }
  // Tier 3: the source of the word that contributes most.
  let bestWord = 0;
  let bestValue = -1;
  words.forEach((w, i) => {
    const value = w.weight * scores.best[project * scores.words + i]!;
    if (value > bestValue) {
      bestValue = value;
      bestWord = i;
    }
  });
  const source = scores.source[project * scores.words + bestWord]!;
  if (source >= SOURCE.viaProblem) {
    const problem = source - SOURCE.viaProblem;
    const match = problems.get(problem);
    return { ...base, ...viaProblem(index, problem, match?.labelOf[bestWord] ?? 0, highlight) };
  }
  return { ...base, ...ownField(index, project, Math.max(0, source), highlight) };
}
