/**
 * The search index of one catalog, built once: every text tokenised against a
 * shared vocabulary, postings from term to the projects, problems and
 * categories that use it, each problem's labels and members (most fitting
 * first), and each project's name variants. Queries then touch only the
 * postings of the terms they match, never the whole catalog.
 */
import { maturityStyle } from '../catalog/maturityLabel.ts';
import type { Catalog, Project } from '../catalog/types.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { contentTerms, indexText, nameVariants } from './indexText.ts';
import { Scratch } from './scratch.ts';
import {
  FIELD,
  FIELD_BITS,
  MATURITY_RANK,
  type CategoryEntry,
  type ProblemEntry,
  type ProblemLabel,
  type ProblemLabelKind,
  type ProjectEntry,
  type SearchIndex,
} from './searchIndex.ts';
import { isStopWord } from './stopWords.ts';
import { Vocabulary } from './vocabulary.ts';

/** BM25's b for descriptions: how much a long description's word counts less. */
const DESCRIPTION_B = 0.5;
/**
 * Projects indexed between two pauses of `searchIndexSteps`. Few: the caller's slice checks the clock only
 * between steps, and 50 projects took 96 ms at 4× CPU on code not yet optimised, past any slice's budget.
 */
const STEP = 2;

export function createSearchIndex(catalog: Catalog): SearchIndex {
  const steps = searchIndexSteps(catalog);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same index, built a few dozen projects at a time: it pauses (yields) between slices, so a caller
 * can build it in idle time without one long task (idleSearchIndex.ts).
 */
export function* searchIndexSteps(catalog: Catalog): Generator<void, SearchIndex> {
  const vocabulary = new Vocabulary();
  const categoryIds = new Map<string, number>();
  const categories: CategoryEntry[] = [];
  const entryOf = (project: Project, index: number): ProjectEntry => {
    const fields = [
      indexText(vocabulary, project.name, true),
      // Names it went by before count as other names of it: "Maesh" finds Traefik Mesh.
      indexText(
        vocabulary,
        [project.landscape_name, ...(project.formerly ?? []).map((f) => f.name)].filter(Boolean).join(', '),
        true,
      ),
      indexText(vocabulary, project.id, true),
      indexText(vocabulary, project.description ?? ''),
      indexText(vocabulary, (project.keywords ?? []).join(', ')),
    ];
    const phrases = (project.keywords ?? [])
      .map((keyword) => contentTerms(vocabulary, indexText(vocabulary, keyword).tokens))
      .filter((terms) => terms.length > 1);
    let category = categoryIds.get(project.category);
    if (category === undefined) {
      category = categories.length;
      categoryIds.set(project.category, category);
      categories.push({ text: indexText(vocabulary, project.category), members: [] });
    }
    categories[category]!.members.push(index);
    const variants = nameVariants(vocabulary, project, fields);
    const maturityRank = MATURITY_RANK[maturityStyle(catalog, project.maturity)];
    return {
      project,
      fields,
      variants,
      phrases,
      descriptionNorm: 1,
      category,
      maturityRank,
      standing:
        (project.maturity === 'archived' ? 100 : 0) + (project.named_in_article ? 0 : 10) + maturityRank,
      inArticle: !!project.named_in_article,
    };
  };
  const projects: ProjectEntry[] = [];
  for (const [index, project] of catalog.projects.entries()) {
    projects.push(entryOf(project, index));
    if (index % STEP === STEP - 1) yield;
  }
  // BM25's length normalisation, for descriptions only: names and keywords are short by design.
  const words = projects.map((e) => e.fields[FIELD.description]!.words);
  const average = Math.max(1, words.reduce((sum, w) => sum + w, 0) / Math.max(1, words.length));
  projects.forEach(
    (e, i) => (e.descriptionNorm = 1 / (1 - DESCRIPTION_B + (DESCRIPTION_B * words[i]!) / average)),
  );
  const problemIndex = new Map(catalog.problems.map((p, i) => [p.id, i]));
  const problems: ProblemEntry[] = catalog.problems.map((problem) => {
    const label = (kind: ProblemLabelKind, text: string): ProblemLabel => {
      const indexed = indexText(vocabulary, text);
      // Repeats kept: "service to service" is not spelled by one "services".
      const words = indexed.tokens.map((t) => t.term).filter((t) => !isStopWord(vocabulary.terms[t]!));
      return {
        kind,
        text: indexed,
        content: words.length > 0 ? words : contentTerms(vocabulary, indexed.tokens),
      };
    };
    return {
      problem,
      labels: [
        label('name', problem.name),
        label('id', problem.id),
        ...problem.aliases.map((alias) => label('alias', alias)),
        label('question', problem.question),
      ],
      members: [],
    };
  });
  projects.forEach((entry, project) =>
    entry.project.problems.forEach((id, position) => {
      const problem = problemIndex.get(id);
      if (problem !== undefined) problems[problem]!.members.push({ project, position });
    }),
  );
  const expansions: number[][] = [];
  for (const [short, words] of ABBREVIATIONS) {
    const id = vocabulary.idOf(short);
    if (id !== undefined) expansions[id] = words.map((w) => vocabulary.add(w));
  }
  yield* vocabulary.sealSteps();

  const projectPostings = new Map<number, number[]>();
  const post = (map: Map<number, number[]>, term: number, code: number) => {
    const list = map.get(term);
    if (!list) map.set(term, [code]);
    else if (list.at(-1) !== code) list.push(code);
  };
  const df = new Int32Array(vocabulary.size);
  for (const [p, entry] of projects.entries()) {
    if (p % (4 * STEP) === 0) yield;
    const seen = new Set<number>();
    entry.fields.forEach((field, f) =>
      field.tokens.forEach((t) => {
        post(projectPostings, t.term, (p << FIELD_BITS) | f);
        seen.add(t.term);
        // "HA" in a text is found by "high availability" too.
        if (f === FIELD.description || f === FIELD.keywords) {
          for (const term of expansions[t.term] ?? []) {
            post(projectPostings, term, (p << FIELD_BITS) | f);
            seen.add(term);
          }
        }
      }),
    );
    // Compact forms of a short name ("openpolicyagent") find the project too.
    for (const term of entry.variants.flatMap((v) => v.terms)) {
      if (!seen.has(term)) post(projectPostings, term, (p << FIELD_BITS) | FIELD.name);
      seen.add(term);
    }
    for (const term of seen) df[term] = df[term]! + 1;
  }
  const problemPostings = new Map<number, number[]>();
  // A problem has at most 53 labels (50 aliases, the catalog's limit, name, id, question): 6 bits.
  problems.forEach((entry, p) =>
    entry.labels.forEach((label, l) =>
      label.text.tokens.forEach((t) => post(problemPostings, t.term, p * 64 + l)),
    ),
  );
  const categoryPostings = new Map<number, number[]>();
  categories.forEach((c, i) => c.text.tokens.forEach((t) => post(categoryPostings, t.term, i)));

  const n = projects.length;
  const idf = new Float64Array(vocabulary.size).map((_, term) => Math.log(1 + n / (1 + df[term]!)));
  const compactNames = new Set(
    projects.flatMap((e) => e.variants.filter((v) => v.terms.length === 1).map((v) => v.terms[0]!)),
  );
  return {
    catalog,
    vocabulary,
    projects,
    problems,
    categories,
    projectPostings,
    problemPostings,
    categoryPostings,
    idf,
    compactNames,
    tokenCache: new Map(),
    resultCache: new Map(),
    scratch: new Scratch(projects.length, vocabulary.size),
  };
}
