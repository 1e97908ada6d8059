/**
 * The catalog's shape, written once. `checkShape` validates against it and
 * `toJsonSchema` turns it into data/catalog.schema.json, so the validator and
 * the schema editors see cannot drift apart. The `Fields<T>` type makes the
 * compiler check that every property of the TypeScript types has a spec here.
 */
import {
  PROJECT_KINDS,
  type Article,
  type ArticleParagraph,
  type ArticleRef,
  type FormerName,
  type Foundation,
  type FoundationLevel,
  type Problem,
  type Project,
  type ProjectDates,
} from './types.ts';
import { LIMITS } from './limits.ts';

export type Spec =
  | {
      kind: 'string';
      description: string;
      format?: 'slug' | 'url' | 'date' | 'keyword' | 'icon';
      maxLength: number;
    }
  | { kind: 'enum'; description: string; values: readonly string[] }
  | { kind: 'boolean'; description: string }
  | { kind: 'integer'; description: string; min: number; max: number }
  | {
      kind: 'array';
      description: string;
      items: Spec;
      minItems: number;
      maxItems: number;
      uniqueItems?: boolean;
    }
  | ObjectSpec
  | { kind: 'nullable'; description: string; of: Spec };

export interface FieldSpec {
  spec: Spec;
  required: boolean;
}

export interface ObjectSpec {
  kind: 'object';
  description: string;
  fields: Record<string, FieldSpec>;
}

/** One entry per property of T: forgetting or inventing a field is a compile error. */
type Fields<T> = { [K in keyof Required<T>]: FieldSpec };

/** Keywords per project, and characters per keyword: a few short phrases, not a second description. */
export const KEYWORD_LIMITS = { count: 20, length: 40 } as const;

const req = (spec: Spec): FieldSpec => ({ spec, required: true });
const opt = (spec: Spec): FieldSpec => ({ spec, required: false });
const text = (description: string, maxLength: number = LIMITS.textLength): Spec => ({
  kind: 'string',
  description,
  maxLength,
});
const slug = (description: string): Spec => ({
  kind: 'string',
  description,
  format: 'slug',
  maxLength: LIMITS.idLength,
});
const url = (description: string): Spec => ({
  kind: 'string',
  description,
  format: 'url',
  maxLength: LIMITS.urlLength,
});
const paragraphNumber: Spec = {
  kind: 'integer',
  description: 'Paragraph number in the article, counting from 1.',
  min: 1,
  max: 100,
};

const articleRefFields: Fields<ArticleRef> = {
  paragraph: req(paragraphNumber),
  quote: req(
    text(
      'A short exact quote (at most 10 words) from that paragraph, used as a text fragment link.',
      LIMITS.quoteLength,
    ),
  ),
};

const paragraphFields: Fields<ArticleParagraph> = {
  paragraph: req(paragraphNumber),
  title: req(text('A short title for this step of the argument.', LIMITS.nameLength)),
  caption: req(text('What the paragraph argues, in our own words (the guided tour shows it).')),
};

const articleFields: Fields<Article> = {
  title: req(text('The article title.', LIMITS.nameLength)),
  author: req(text('The article author.', LIMITS.nameLength)),
  url: req(url('Where the article is published.')),
  published: req({
    kind: 'string',
    description: 'Publication date, YYYY-MM-DD.',
    format: 'date',
    maxLength: 10,
  }),
  thesis: req(text("The article's thesis in our own words.")),
  paragraphs: req({
    kind: 'array',
    description: 'The paragraphs of the argument, in the order of the article.',
    items: { kind: 'object', description: 'One paragraph of the argument.', fields: paragraphFields },
    minItems: 1,
    maxItems: 100,
  }),
};

const problemFields: Fields<Problem> = {
  id: req(slug('Stable slug, e.g. service-discovery.')),
  name: req(text('Short name shown on the map.', LIMITS.nameLength)),
  question: req(text('The question a user with this problem would ask.')),
  why: opt(
    text(
      'Why splitting an application into microservices creates or sharpens this problem. Absent for a problem that is only a heading of an imported landscape.',
    ),
  ),
  aliases: req({
    kind: 'array',
    description: 'Other words people search with (synonyms, abbreviations).',
    items: text('A synonym.', LIMITS.nameLength),
    minItems: 0,
    maxItems: 50,
    uniqueItems: true,
  }),
  article: req({
    kind: 'nullable',
    description: 'Where the article raises this problem, or null for problems beyond the article.',
    of: { kind: 'object', description: 'Paragraph and quote.', fields: articleRefFields },
  }),
  group: opt(text('A heading the problem is listed under, e.g. the landscape category.', LIMITS.nameLength)),
};

const day = (description: string): Spec => ({ kind: 'string', description, format: 'date', maxLength: 10 });

const datesFields: Fields<ProjectDates> = {
  accepted: opt(day('The day the foundation accepted the project (at any level), YYYY-MM-DD.')),
  incubating: opt(day('The day it became (or joined as) an incubating project, YYYY-MM-DD.')),
  graduated: opt(day('The day it graduated, YYYY-MM-DD.')),
  archived: opt(day('The day it was archived, YYYY-MM-DD.')),
};

const formerNameFields: Fields<FormerName> = {
  name: req(text('The name it went by, e.g. Maesh for Traefik Mesh.', LIMITS.nameLength)),
  until: opt(day('The day it was renamed and stopped going by that name, YYYY-MM-DD, when known.')),
};

const projectFields: Fields<Project> = {
  id: req(slug('Stable slug, e.g. open-telemetry.')),
  name: req(text('Project name.', LIMITS.nameLength)),
  description: opt(
    text(
      'One or two sentences: what it is and what it is for. Leave it out rather than write a placeholder.',
    ),
  ),
  homepage: req(url('Project homepage (http or https).')),
  repo: opt(url('Source repository (http or https).')),
  maturity: req(
    text(
      "A level id of the catalog's foundation (by default the CNCF's: graduated, incubating, sandbox, archived), or none for projects outside it.",
      LIMITS.idLength,
    ),
  ),
  dates: opt({
    kind: 'object',
    description:
      "Days of the project's steps in its foundation: accepted, incubating, graduated, archived, each YYYY-MM-DD.",
    fields: datesFields,
  }),
  problems: req({
    kind: 'array',
    description: 'Problem ids this project solves, most fitting first.',
    items: slug('A problem id.'),
    minItems: 1,
    maxItems: 5,
    uniqueItems: true,
  }),
  category: req(text('The CNCF landscape subcategory.', LIMITS.nameLength)),
  named_in_article: opt({ kind: 'boolean', description: 'True for the projects the article itself names.' }),
  landscape_name: opt(
    text('Name of the item in the CNCF landscape when it differs from name.', LIMITS.nameLength),
  ),
  formerly: opt({
    kind: 'array',
    description:
      'Names the project went by before, oldest first, e.g. Maesh for Traefik Mesh: search finds it by them, its details and the tour say so.',
    items: { kind: 'object', description: 'A former name.', fields: formerNameFields },
    minItems: 1,
    maxItems: 10,
  }),
  keywords: opt({
    kind: 'array',
    description:
      'What it does, in the words practitioners search with: capabilities, use cases and common terms, lower case and short. Search matches them.',
    items: {
      kind: 'string',
      description: 'A keyword, e.g. continuous profiling.',
      format: 'keyword',
      maxLength: KEYWORD_LIMITS.length,
    },
    minItems: 1,
    maxItems: KEYWORD_LIMITS.count,
    uniqueItems: true,
  }),
  kind: opt({
    kind: 'enum',
    description: 'organisation for a company or other member a landscape lists; project when absent.',
    values: PROJECT_KINDS,
  }),
  logo: opt({
    kind: 'string',
    description:
      "Its logo: a simple-icons slug (the icon's file name, e.g. kubernetes), only where simple-icons has the project's own mark. npm run validate and the build check it against the package.",
    format: 'icon',
    maxLength: 40,
  }),
};

const levelFields: Fields<FoundationLevel> = {
  id: req(slug('The value projects use in maturity, e.g. incubating.')),
  label: req(text('How the level is shown, e.g. Incubating.', LIMITS.nameLength)),
};

const foundationFields: Fields<Foundation> = {
  name: req(text('The foundation, e.g. Cloud Native Computing Foundation.', LIMITS.nameLength)),
  short_name: req(text('A short name used in labels, e.g. CNCF.', LIMITS.nameLength)),
  levels: req({
    kind: 'array',
    description: 'Its project levels, highest first (none when the landscape gives its projects no level).',
    items: { kind: 'object', description: 'A level.', fields: levelFields },
    minItems: 0,
    maxItems: 20,
  }),
};

export const catalogSpec: ObjectSpec = {
  kind: 'object',
  description:
    'A Cloud Native Map catalog: the article, the problems microservices create, and the projects.',
  fields: {
    foundation: opt({
      kind: 'object',
      description:
        "Whose maturity levels the projects carry. Without it: the CNCF's graduated, incubating, sandbox and archived.",
      fields: foundationFields,
    }),
    article: req({ kind: 'object', description: 'The article the map follows.', fields: articleFields }),
    problems: req({
      kind: 'array',
      description: 'The technical problems, article problems first in the order of the article.',
      items: { kind: 'object', description: 'A problem.', fields: problemFields },
      minItems: 1,
      maxItems: LIMITS.problems,
    }),
    projects: req({
      kind: 'array',
      description: 'The projects, each tagged with the problems it solves.',
      items: { kind: 'object', description: 'A project.', fields: projectFields },
      minItems: 1,
      maxItems: LIMITS.projects,
    }),
  },
};
