import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { bundledCatalog, minimalCatalog } from '../helpers/catalogs.ts';

describe('buildGraph', () => {
  test('puts the article first, then every problem, then every project', () => {
    const catalog = minimalCatalog();
    const graph = buildGraph(catalog);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'article',
      'problem:tracing',
      'problem:messaging',
      'project:jaeger',
      'project:kafka',
    ]);
    expect(graph.nodes.map((n) => n.kind)).toEqual(['article', 'problem', 'problem', 'project', 'project']);
  });

  test('links the article to each problem and each project to its problems, in rank order', () => {
    const graph = buildGraph(minimalCatalog());
    const links = graph.links.map((l) => [graph.nodes[l.source]!.id, graph.nodes[l.target]!.id, l.rank]);
    expect(links).toEqual([
      ['article', 'problem:tracing', 0],
      ['article', 'problem:messaging', 0],
      ['project:jaeger', 'problem:tracing', 0],
      ['project:kafka', 'problem:messaging', 0],
      ['project:kafka', 'problem:tracing', 1],
    ]);
  });

  test('counts degrees and lists neighbours both ways', () => {
    const graph = buildGraph(minimalCatalog());
    const degree = Object.fromEntries(graph.nodes.map((n) => [n.id, n.degree]));
    expect(degree).toEqual({
      article: 2,
      'problem:tracing': 3,
      'problem:messaging': 2,
      'project:jaeger': 1,
      'project:kafka': 2,
    });
    const kafka = graph.indexOf.get('project:kafka')!;
    expect(graph.neighbours[kafka]!.map((i) => graph.nodes[i]!.id)).toEqual([
      'problem:messaging',
      'problem:tracing',
    ]);
  });

  test("lists a problem's projects with those that rank it first before those that list it later", () => {
    const graph = buildGraph(minimalCatalog());
    const tracing = graph.indexOf.get('problem:tracing')!;
    expect(graph.projectsOf.get(tracing)!.map((i) => graph.nodes[i]!.key)).toEqual(['jaeger', 'kafka']);
  });

  test('marks article problems and the projects the article names', () => {
    const graph = buildGraph(bundledCatalog());
    const named = graph.nodes.filter((n) => n.kind === 'project' && n.fromArticle).map((n) => n.key);
    expect(named).toHaveLength(14);
    expect(named).toContain('kubernetes');
    const extension = graph.nodes.filter((n) => n.kind === 'problem' && !n.fromArticle).map((n) => n.key);
    expect(extension).toContain('messaging');
    expect(extension).not.toContain('tracing');
  });

  test('the bundled catalog: one node per problem and project, every project linked to its problems', () => {
    const catalog = bundledCatalog();
    const graph = buildGraph(catalog);
    expect(graph.nodes).toHaveLength(1 + catalog.problems.length + catalog.projects.length);
    const projectLinks = catalog.projects.reduce((sum, p) => sum + p.problems.length, 0);
    expect(graph.links).toHaveLength(catalog.problems.length + projectLinks);
  });
});
