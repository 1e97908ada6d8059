/**
 * The search index of one catalog, built once: every text tokenised against a
 * shared vocabulary, postings from term to the projects, problems and
 * categories that use it, each problem's labels and members (most fitting
 * first), and each project's name variants. Queries then touch only the
 * postings of the terms they match, never the whole catalog.
 */
import type { Catalog, Maturity, Problem, Project } from '../catalog/types.ts';
import type { TermMatch } from './matchToken.ts';
import { Scratch } from './scratch.ts';
import { isStopWord } from './stopWords.ts';
import { tokenise } from './tokenise.ts';
import type { SearchResults } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/** A project's own fields, in the order of their postings code. */
export const FIELD = { name: 0, landscape: 1, id: 2, description: 3 } as const;
export type ProblemLabelKind = 'name' | 'id' | 'alias' | 'question';

export interface IndexedToken {
  term: number;
  start: number;
  end: number;
}
export interface IndexedText {
  text: string;
  tokens: IndexedToken[];
  /** tokens[0, words) are the words; a name of several words has one more, its compact form. */
  words: number;
}
export interface ProjectEntry {
  project: Project;
  fields: IndexedText[];
  /** Ways of writing the name, as term lists a query can cover: name, short name, id, compact forms. */
  variants: NameVariant[];
  category: number;
  maturityRank: number;
  /** Position in the catalog sorted by name: the last tie-break, without a collator at query time. */
  nameRank: number;
  inArticle: boolean;
}
export interface NameVariant {
  terms: number[];
  /** False for the landscape name, which often names an umbrella ("Kubernetes" for Cluster API). */
  primary: boolean;
  /** A name of several words written as one ("certmanager"). */
  compact: boolean;
}
export interface ProblemLabel {
  kind: ProblemLabelKind;
  text: IndexedText;
  /** Its terms other than stop words, repeats included. */
  content: number[];
}
export interface ProblemEntry {
  problem: Problem;
  labels: ProblemLabel[];
  /** Projects that list this problem, with its position in their list (0: most fitting). */
  members: Array<{ project: number; position: number }>;
}
export interface CategoryEntry {
  text: IndexedText;
  members: number[];
}
export interface SearchIndex {
  catalog: Catalog;
  vocabulary: Vocabulary;
  projects: ProjectEntry[];
  problems: ProblemEntry[];
  categories: CategoryEntry[];
  /** term → project * 4 + FIELD */
  projectPostings: Map<number, number[]>;
  /** term → problem * 64 + label */
  problemPostings: Map<number, number[]>;
  /** term → category */
  categoryPostings: Map<number, number[]>;
  /** Inverse document frequency over projects, by term. */
  idf: Float64Array;
  /** Terms that spell a whole name without spaces ("certmanager"): query words can join into them. */
  compactNames: Set<number>;
  /** Per-query caches; see searchCatalog. */
  tokenCache: Map<string, TermMatch[]>;
  resultCache: Map<string, SearchResults>;
  scratch: Scratch;
}

/**
 * Standing, for tie-breaks: CNCF graduated, incubating, then projects outside the CNCF (a curated
 * catalog lists them because they are established: Kafka, Kong, Terraform), then sandbox (early by
 * definition), then archived.
 */
export const MATURITY_RANK: Record<Maturity, number> = {
  graduated: 0,
  incubating: 1,
  none: 2,
  sandbox: 3,
  archived: 4,
};

function indexText(vocabulary: Vocabulary, text: string, isName = false): IndexedText {
  const tokens = tokenise(text).map((t) => ({
    term: vocabulary.add(t.term, isName),
    start: t.start,
    end: t.end,
  }));
  const words = tokens.length;
  if (isName && words > 1) {
    // "cert-manager" is also one word, "certmanager", covering the whole name.
    const compact = tokens.map((t) => vocabulary.terms[t.term]).join('');
    tokens.push({ term: vocabulary.add(compact, true), start: tokens[0]!.start, end: tokens.at(-1)!.end });
  }
  return { text, tokens, words };
}

const content = (vocabulary: Vocabulary, tokens: IndexedToken[]): number[] => {
  const all = [...new Set(tokens.map((t) => t.term))];
  const kept = all.filter((term) => !isStopWord(vocabulary.terms[term]!));
  return kept.length > 0 ? kept : all;
};

function nameVariants(vocabulary: Vocabulary, project: Project, fields: IndexedText[]): NameVariant[] {
  const texts = [
    project.name,
    project.name.replace(/\([^)]*\)/g, ' '),
    ...(project.name.match(/\(([^)]*)\)/g) ?? []),
  ];
  const written = [...texts.map((text) => indexText(vocabulary, text, true)), fields[FIELD.id]!];
  const variants = (field: IndexedText, primary: boolean) => [
    { terms: content(vocabulary, field.tokens.slice(0, field.words)), primary, compact: false },
    { terms: field.tokens.slice(field.words).map((t) => t.term), primary, compact: true },
  ];
  const all = [...written.flatMap((f) => variants(f, true)), ...variants(fields[FIELD.landscape]!, false)];
  const seen = new Set<string>();
  return all.filter((v) => v.terms.length > 0 && !seen.has(v.terms.join()) && seen.add(v.terms.join()));
}

export function createSearchIndex(catalog: Catalog): SearchIndex {
  const vocabulary = new Vocabulary();
  const categoryIds = new Map<string, number>();
  const categories: CategoryEntry[] = [];
  const projects: ProjectEntry[] = catalog.projects.map((project, index) => {
    const fields = [
      indexText(vocabulary, project.name, true),
      indexText(vocabulary, project.landscape_name ?? '', true),
      indexText(vocabulary, project.id, true),
      indexText(vocabulary, project.description),
    ];
    let category = categoryIds.get(project.category);
    if (category === undefined) {
      category = categories.length;
      categoryIds.set(project.category, category);
      categories.push({ text: indexText(vocabulary, project.category), members: [] });
    }
    categories[category]!.members.push(index);
    const variants = nameVariants(vocabulary, project, fields);
    const maturityRank = MATURITY_RANK[project.maturity];
    return {
      project,
      fields,
      variants,
      category,
      maturityRank,
      nameRank: 0,
      inArticle: !!project.named_in_article,
    };
  });
  [...projects.keys()]
    .sort((a, b) => projects[a]!.project.name.localeCompare(projects[b]!.project.name, 'en') || a - b)
    .forEach((project, rank) => (projects[project]!.nameRank = rank));
  const problemIndex = new Map(catalog.problems.map((p, i) => [p.id, i]));
  const problems: ProblemEntry[] = catalog.problems.map((problem) => {
    const label = (kind: ProblemLabelKind, text: string): ProblemLabel => {
      const indexed = indexText(vocabulary, text);
      // Repeats kept: "service to service" is not spelled by one "services".
      const words = indexed.tokens.map((t) => t.term).filter((t) => !isStopWord(vocabulary.terms[t]!));
      return { kind, text: indexed, content: words.length > 0 ? words : content(vocabulary, indexed.tokens) };
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
