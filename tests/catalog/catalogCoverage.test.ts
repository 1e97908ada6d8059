/**
 * What issue 3 promises about the bundled catalog: how many projects, how many
 * per problem, the article's fourteen, tags and descriptions in the agreed
 * shape, and (when the CNCF landscape file is at hand) descriptions that are
 * not copied from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';

const MIN_PROJECTS = 250;
const MIN_PER_PROBLEM = 5;
/** The article's problems need more: they are the heart of the map. */
const MIN_PER_ARTICLE_PROBLEM = 8;
/** A shared run of this many words between our description and the landscape's counts as copying. */
const COPIED_RUN = 8;

const NAMED_IN_ARTICLE = [
  'kubernetes',
  'zookeeper',
  'etcd',
  'eureka',
  'grpc',
  'thrift',
  'linkerd',
  'traefik-mesh',
  'istio',
  'envoy',
  'traefik',
  'linkerd2-proxy',
  'spiffe',
  'spire',
];

function readCatalog(): Catalog {
  const result = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
  if (!result.ok) throw new Error('data/catalog.yaml is invalid; run npm run validate');
  return result.catalog;
}

/** Sentences in a text: a full stop, question or exclamation mark followed by a space or the end. */
function countSentences(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((part) => part.length > 0).length;
}

/** Lowercase words without punctuation, so "gRPC," and "grpc" are the same word. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** The first run of `length` consecutive words that both texts contain, if any. */
function sharedRun(ours: string, theirs: string, length: number): string | undefined {
  const runs = new Set<string>();
  const their = wordsOf(theirs);
  for (let i = 0; i + length <= their.length; i++) runs.add(their.slice(i, i + length).join(' '));
  const our = wordsOf(ours);
  for (let i = 0; i + length <= our.length; i++) {
    const run = our.slice(i, i + length).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}

describe('helpers', () => {
  test.each([
    ['One sentence.', 1],
    ['A proxy: it routes traffic. It also balances load.', 2],
    ['Serves quay.io and Solo.io users.', 1],
    ['One. Two. Three.', 3],
  ])('countSentences(%j) = %i', (text, expected) => {
    expect(countSentences(text)).toBe(expected);
  });

  test('sharedRun finds a copied run of words regardless of case and punctuation', () => {
    const theirs = 'Envoy is an open source edge and service proxy, designed for cloud-native applications';
    expect(sharedRun('It is an Open Source edge and service proxy designed for apps.', theirs, 8)).toBe(
      'is an open source edge and service proxy',
    );
    expect(sharedRun('A proxy for services at the edge.', theirs, 8)).toBeUndefined();
  });
});

describe('the bundled catalog covers the landscape', () => {
  const catalog = readCatalog();
  const { projects, problems } = catalog;
  const perProblem = new Map(problems.map((problem) => [problem.id, 0]));
  for (const project of projects) {
    for (const id of project.problems) perProblem.set(id, (perProblem.get(id) ?? 0) + 1);
  }

  test(`has at least ${MIN_PROJECTS} projects`, () => {
    expect(projects.length).toBeGreaterThanOrEqual(MIN_PROJECTS);
  });

  test.each(problems.map((problem) => [problem.id, problem.article !== null] as const))(
    'problem %s has enough projects',
    (id, fromArticle) => {
      const minimum = fromArticle ? MIN_PER_ARTICLE_PROBLEM : MIN_PER_PROBLEM;
      expect(perProblem.get(id)).toBeGreaterThanOrEqual(minimum);
    },
  );

  test('exactly the fourteen projects the article names are marked named_in_article', () => {
    const named = projects
      .filter((project) => project.named_in_article === true)
      .map((project) => project.id);
    expect(named.sort()).toEqual([...NAMED_IN_ARTICLE].sort());
  });

  test('every project has one to three problems', () => {
    const wrong = projects
      .filter((project) => project.problems.length < 1 || project.problems.length > 3)
      .map((project) => `${project.id}: ${project.problems.length} problems`);
    expect(wrong).toEqual([]);
  });

  test('every description is one or two sentences ending with a full stop', () => {
    const wrong = projects
      .filter((project) => {
        const sentences = countSentences(project.description ?? '');
        return sentences < 1 || sentences > 2 || !(project.description ?? '').trim().endsWith('.');
      })
      .map((project) => `${project.id}: ${project.description}`);
    expect(wrong).toEqual([]);
  });

  test('every problem says in two or three sentences why microservices create it', () => {
    const wrong = problems
      .filter((problem) => {
        const sentences = countSentences(problem.why ?? '');
        return sentences < 2 || sentences > 3;
      })
      .map((problem) => `${problem.id}: ${problem.why}`);
    expect(wrong).toEqual([]);
  });
});

const LANDSCAPE_PATH =
  process.env.CNCF_LANDSCAPE ??
  fileURLToPath(new URL('../../../shared/data/cncf-landscape.yml', import.meta.url));
const landscapeExists = existsSync(LANDSCAPE_PATH);
if (!landscapeExists) {
  console.warn(`copy check skipped: ${LANDSCAPE_PATH} not found (set CNCF_LANDSCAPE to its path)`);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Landscape item name (lowercase) to its description and use-case summary. */
function landscapeTexts(path: string): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const category of list(record(load(readFileSync(path, 'utf8'))).landscape)) {
    for (const subcategory of list(record(category).subcategories)) {
      for (const entry of list(record(subcategory).items)) {
        const item = record(entry);
        if (typeof item.name !== 'string') continue;
        const found = [item.description, record(item.extra).summary_use_case].filter(
          (value): value is string => typeof value === 'string',
        );
        const key = item.name.trim().toLowerCase();
        texts.set(key, [...(texts.get(key) ?? []), ...found]);
      }
    }
  }
  return texts;
}

describe.skipIf(!landscapeExists)('descriptions are our own words', () => {
  test(`no description shares ${COPIED_RUN} consecutive words with the landscape's text for its item`, () => {
    const texts = landscapeTexts(LANDSCAPE_PATH);
    const copied = readCatalog().projects.flatMap((project) => {
      const theirs = texts.get((project.landscape_name ?? project.name).trim().toLowerCase()) ?? [];
      return theirs.flatMap((text) => {
        const run = sharedRun(project.description ?? '', text, COPIED_RUN);
        return run ? [`${project.id}: "${run}"`] : [];
      });
    });
    expect(copied).toEqual([]);
  });
});
