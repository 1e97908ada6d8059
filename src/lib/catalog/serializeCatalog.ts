/**
 * A catalog back to YAML text: the schema header, then article, problems and
 * projects in block style with keys in the order of the types, short lists of
 * words on one line. `parseCatalog(serializeCatalog(c))` gives `c` back (see
 * tests/unit/roundTrip.test.ts). The importer and the "Download catalog"
 * button both write catalogs with it. Quoting and folding are js-yaml's, which
 * quotes every string another YAML parser could read as a number, date or bool.
 */
import { COLLECTION_STYLE, dump, visit } from 'js-yaml';
import type { Article, ArticleParagraph, ArticleRef, Catalog, Problem, Project } from './types.ts';

export const SCHEMA_HEADER = '# yaml-language-server: $schema=./catalog.schema.json';

/** Lists of scalars up to this many characters are written on one line: `problems: [tracing, metrics]`. */
const FLOW_LIST_WIDTH = 90;

type Loose = Record<string, unknown>;

/** A copy with `order`'s keys first, in that order, then any others as they were; undefined values dropped. */
function ordered<T extends object>(value: T, order: ReadonlyArray<keyof T>): Loose {
  const source = value as Loose;
  const out: Loose = {};
  for (const key of [...(order as readonly string[]), ...Object.keys(source)]) {
    if (key in out || source[key] === undefined) continue;
    out[key] = source[key];
  }
  return out;
}

const ARTICLE: ReadonlyArray<keyof Article> = ['title', 'author', 'url', 'published', 'thesis', 'paragraphs'];
const PARAGRAPH: ReadonlyArray<keyof ArticleParagraph> = ['paragraph', 'title', 'caption'];
const REF: ReadonlyArray<keyof ArticleRef> = ['paragraph', 'quote'];
const PROBLEM: ReadonlyArray<keyof Problem> = [
  'id',
  'name',
  'group',
  'question',
  'why',
  'aliases',
  'article',
];
const PROJECT: ReadonlyArray<keyof Project> = [
  'id',
  'name',
  'description',
  'homepage',
  'repo',
  'maturity',
  'dates',
  'problems',
  'category',
  'named_in_article',
  'landscape_name',
  'kind',
];

function toYaml(value: Loose): string {
  return dump(value, {
    lineWidth: 110,
    noRefs: true,
    transform: (documents) =>
      visit(documents, (node) => {
        if (node.kind !== 'sequence' || node.items.length === 0) return undefined;
        const words = node.items.map((item) => (item.kind === 'scalar' ? item.value : undefined));
        if (words.every((w) => w !== undefined && !w.includes('\n'))) {
          const width = words.reduce((sum, w) => sum + (w?.length ?? 0) + 2, 0);
          if (width <= FLOW_LIST_WIDTH) node.style = COLLECTION_STYLE.FLOW;
        }
        return undefined;
      }),
  });
}

export interface SerializeOptions {
  /** Comment lines written after the schema header (without the leading `#`). */
  comment?: string;
}

export function serializeCatalog(catalog: Catalog, options: SerializeOptions = {}): string {
  const article = ordered(catalog.article, ARTICLE);
  if (Array.isArray(catalog.article.paragraphs)) {
    article.paragraphs = catalog.article.paragraphs.map((p) => ordered(p, PARAGRAPH));
  }
  const problems = catalog.problems.map((problem) => {
    const out = ordered(problem, PROBLEM);
    if (problem.article) out.article = ordered(problem.article, REF);
    return out;
  });
  const projects = catalog.projects.map((project) => ordered(project, PROJECT));
  const rest = ordered(catalog, ['article', 'problems', 'projects']);
  delete rest.article;
  delete rest.problems;
  delete rest.projects;

  const comment = (options.comment?.trim().split(/\r?\n/) ?? []).map((line) =>
    line.trim() ? `# ${line.trimEnd()}` : '#',
  );
  // The foundation first: it says how to read every project's maturity.
  const foundation = catalog.foundation ? [toYaml({ foundation: catalog.foundation })] : [];
  delete rest.foundation;
  const sections = [
    [SCHEMA_HEADER, ...comment].join('\n') + '\n',
    ...foundation,
    toYaml({ article }),
    toYaml({ problems }),
    toYaml({ projects }),
  ];
  if (Object.keys(rest).length > 0) sections.push(toYaml(rest));
  return sections.join('\n');
}
