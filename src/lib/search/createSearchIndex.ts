/**
 * The search index of one catalog, built once: every text tokenised against a
 * shared vocabulary, postings from term to the projects, problems and
 * categories that use it, each problem's labels and members (most fitting
 * first), and each project's name variants. Queries then touch only the
 * postings of the terms they match, never the whole catalog.
 */
import { maturityStyle } from '../catalog/maturityLabel.ts';
import type { Catalog } from '../catalog/types.ts';
import { contentTerms, indexText, nameVariants } from './indexText.ts';
import { Scratch } from './scratch.ts';
import {
  FIELD,
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

export function createSearchIndex(catalog: Catalog): SearchIndex {
  const vocabulary = new Vocabulary();
  const categoryIds = new Map<string, number>();
  const categories: CategoryEntry[] = [];
  const projects: ProjectEntry[] = catalog.projects.map((project, index) => {
    const fields = [
      indexText(vocabulary, project.name, true),
      indexText(vocabulary, project.landscape_name ?? '', true),
      indexText(vocabulary, project.id, true),
      indexText(vocabulary, project.description ?? ''),
    ];
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
      category,
      maturityRank,
      standing:
        (project.maturity === 'archived' ? 100 : 0) + (project.named_in_article ? 0 : 10) + maturityRank,
      inArticle: !!project.named_in_article,
    };
  });
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
  vocabulary.seal();

  const projectPostings = new Map<number, number[]>();
  const post = (map: Map<number, number[]>, term: number, code: number) => {
    const list = map.get(term);
    if (!list) map.set(term, [code]);
    else if (list.at(-1) !== code) list.push(code);
  };
  const df = new Int32Array(vocabulary.size);
  projects.forEach((entry, p) => {
    const seen = new Set<number>();
    entry.fields.forEach((field, f) =>
      field.tokens.forEach((t) => {
        post(projectPostings, t.term, p * 4 + f);
        seen.add(t.term);
      }),
    );
    // Compact forms of a short name ("openpolicyagent") find the project too.
    for (const term of entry.variants.flatMap((v) => v.terms)) {
      if (!seen.has(term)) post(projectPostings, term, p * 4 + FIELD.name);
      seen.add(term);
    }
    for (const term of seen) df[term] = df[term]! + 1;
  });
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
