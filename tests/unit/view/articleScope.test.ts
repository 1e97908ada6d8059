/**
 * The article where it belongs (issue #16): the tour, the article's panel and the microservices wording
 * follow only the problems tied to the article (`article:` or a `why`). A landscape on its own terms has
 * no tour, its foundation in the middle of the map and its own title; a catalog with some of the article's
 * problems tours only those. On small fixtures, and on the real CDF and ASWF landscapes when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_HUB,
  carriesArticle,
  catalogTitle,
  centreLabel,
  tiedToArticle,
} from '../../../src/lib/catalog/articleScope.ts';
import { ARTICLE_HUB_NAME } from '../../../src/lib/catalog/checkNames.ts';
import type { Catalog, Problem } from '../../../src/lib/catalog/types.ts';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { importLandscape, loadMapping } from '../../../src/lib/import/index.ts';
import { buildTour, hasTour } from '../../../src/lib/view/tour.ts';
import { describeNode } from '../../../src/components/map/describeNode.ts';
import { bundledCatalog, loadCatalog, minimalCatalog } from '../../helpers/catalogs.ts';

const ownTerms = () => loadCatalog('tests/fixtures/valid/own-terms.yaml');
const heading = (id: string, name: string): Problem => ({
  id,
  name,
  question: `Which projects does the landscape list under ${name}?`,
  aliases: [],
  article: null,
  group: 'Tools',
});

describe('a landscape on its own terms (no problem tied to the article)', () => {
  const catalog = ownTerms();

  test('has no tour, so the explorer shows no "Read the article" button', () => {
    expect(carriesArticle(catalog)).toBe(false);
    expect(buildTour(catalog)).toEqual([]);
    expect(hasTour(catalog)).toBe(false);
  });

  test("puts its foundation in the middle of the map and takes the foundation's title", () => {
    const graph = buildGraph(catalog);
    expect(graph.nodes[0]).toMatchObject({ kind: 'article', label: 'EMF' });
    expect(centreLabel(catalog)).toBe('EMF');
    expect(catalogTitle(catalog)).toBe('EMF landscape');
  });

  test('a screen reader hears the landscape and its foundation, never the article or the CNCF', () => {
    const graph = buildGraph(catalog);
    const said = graph.nodes.map((_, i) => describeNode(graph, i, catalog));
    expect(said[0]).toBe("EMF: the landscape's foundation, linked to 2 problems. Press Enter for details.");
    expect(said.join('\n')).not.toMatch(/article|CNCF|microservice/i);
    expect(said).toContain('Rendering: a problem of the landscape, 1 project. Press Enter for details.');
    expect(said.some((s) => s.startsWith('PixelForge: project, EMF adopted;'))).toBe(true);
    expect(said.some((s) => s.startsWith('HueBridge: project, EMF working group;'))).toBe(true);
  });
});

describe('a catalog with some of the article’s problems', () => {
  test('tours only the paragraphs it has problems for, and the extension only for problems with a why', () => {
    const minimal = minimalCatalog();
    const catalog: Catalog = {
      ...minimal,
      article: {
        ...minimal.article,
        paragraphs: [
          { paragraph: 4, title: 'A paragraph without problems here', caption: 'Nothing of it is here.' },
          ...minimal.article.paragraphs,
        ],
      },
      problems: [...minimal.problems, heading('editors', 'Editors')],
    };
    const tour = buildTour(catalog);
    expect(tour.map((s) => s.paragraph)).toEqual([9, null]);
    expect(tour[1]!.problems).toEqual(['messaging']);
    expect(tour[1]!.caption).not.toContain('Editors');
    expect(carriesArticle(catalog)).toBe(true);
    expect(buildGraph(catalog).nodes[0]!.label).toBe(ARTICLE_HUB);
  });

  test('a problem counts as the article’s by its quote or by a why text, not by being in the catalog', () => {
    expect(tiedToArticle(heading('x', 'X'))).toBe(false);
    expect(tiedToArticle({ ...heading('x', 'X'), why: 'Services multiply it.' })).toBe(true);
    expect(tiedToArticle({ ...heading('x', 'X'), why: '  ' })).toBe(false);
    expect(tiedToArticle({ ...heading('x', 'X'), article: { paragraph: 9, quote: 'q' } })).toBe(true);
  });

  test('the bundled catalog keeps its full tour and the Microservices hub', () => {
    const catalog = bundledCatalog();
    expect(buildTour(catalog).length).toBeGreaterThanOrEqual(8);
    expect(hasTour(catalog)).toBe(true);
    expect(buildGraph(catalog).nodes[0]!.label).toBe('Microservices');
    expect(ARTICLE_HUB).toBe(ARTICLE_HUB_NAME);
    expect(catalogTitle(catalog)).toBe('Cloud Native Map');
  });
});

describe('real landscapes imported', () => {
  const bundled = bundledCatalog();
  const mapping = loadMapping(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled, 'mapping');
  if (!mapping.ok) throw new Error('the shipped mapping does not load');
  for (const [file, short] of [
    ['../shared/data/cdf-landscape.yml', 'CDF'],
    ['../shared/data/aswf-landscape.yml', 'ASWF'],
  ] as const) {
    const present = existsSync(file);
    if (!present) console.warn(`skipped: ${file} is absent`);
    test.skipIf(!present)(
      `${short}: tours only problems tied to the article, and no microservices wording otherwise`,
      () => {
        const result = importLandscape(readFileSync(file, 'utf8'), {
          bundled,
          mapping: mapping.mapping,
          includeMembers: false,
          file,
        });
        if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
        const { catalog } = result;
        const tour = buildTour(catalog);
        expect(hasTour(catalog)).toBe(tour.length > 0);
        const toured = new Set(tour.flatMap((s) => s.problems));
        const tied = catalog.problems.filter(tiedToArticle).map((p) => p.id);
        expect([...toured].sort()).toEqual([...tied].sort());
        // Every step shows something: no paragraph without its problems.
        for (const step of tour) expect(step.problems.length).toBeGreaterThan(0);
        const graph = buildGraph(catalog);
        expect(graph.nodes[0]!.label).toBe(tied.length > 0 ? 'Microservices' : short);
        expect(catalogTitle(catalog)).toBe(tied.length > 0 ? 'Cloud Native Map' : `${short} landscape`);
        // The landscape's own problems are never called something microservices create.
        const own = catalog.problems.filter((p) => !tiedToArticle(p));
        expect(own.length).toBeGreaterThan(0);
        for (const p of own) {
          const i = graph.indexOf.get(`problem:${p.id}`)!;
          expect(describeNode(graph, i, catalog)).not.toMatch(/article|microservice/i);
        }
        const projects = graph.nodes.filter((n) => n.kind === 'project');
        for (const n of projects.slice(0, 50)) {
          expect(describeNode(graph, n.index, catalog)).not.toContain('CNCF graduated');
        }
      },
    );
  }
});
