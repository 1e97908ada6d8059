/**
 * Links that carry meaning (linkStyle): at the overview one link per project, to its most fitting problem;
 * its other links when lit (the project or one of its problems hovered, focused, selected) and in filtered
 * views. The static picture draws the same links as the canvas.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { renderMapSvg } from '../../../src/lib/render/index.ts';
import { linkStyle } from '../../../src/lib/render/linkStyle.ts';
import { maskOf, neighbourhoodOf } from '../../../src/lib/view/nodeMasks.ts';
import { loadCatalog } from '../../helpers/catalogs.ts';

const catalog = loadCatalog('tests/fixtures/valid/view.yaml');
const graph = buildGraph(catalog);
const all = () => true;
const id = (nodeId: string) => graph.indexOf.get(nodeId)!;
const drawn = (emphasis: Uint8Array | null, filtered: boolean, shown: (i: number) => boolean = all) =>
  graph.links
    .filter((link) => linkStyle(link, shown, emphasis, filtered) !== 'hidden')
    .map((link) => `${graph.nodes[link.source]!.id}-${graph.nodes[link.target]!.id}`);

describe('linkStyle', () => {
  test('the overview: one link per project, to its first problem, and the article to each problem', () => {
    const links = drawn(null, false);
    const projects = catalog.projects.length;
    expect(links.filter((l) => l.startsWith('project:'))).toHaveLength(projects);
    expect(links).toContain('project:kafka-problem:messaging');
    expect(links).not.toContain('project:kafka-problem:tracing');
    expect(links.filter((l) => l.startsWith('article-'))).toHaveLength(catalog.problems.length);
  });

  test('lighting a project shows all its links, strongly', () => {
    const kafka = id('project:kafka');
    const emphasis = maskOf(graph.nodes.length, neighbourhoodOf(graph, kafka, all));
    expect(drawn(emphasis, false)).toContain('project:kafka-problem:tracing');
    const second = graph.links.find((l) => l.source === kafka && l.rank === 1)!;
    expect(linkStyle(second, all, emphasis, false)).toBe('strong');
  });

  test("lighting one of its problems shows the project's link to that problem", () => {
    const tracing = id('problem:tracing');
    const emphasis = maskOf(graph.nodes.length, neighbourhoodOf(graph, tracing, all));
    expect(drawn(emphasis, false)).toContain('project:kafka-problem:tracing');
  });

  test('a filtered view shows every link between shown nodes, and none to hidden ones', () => {
    const hidden = id('problem:messaging');
    const shown = (i: number) => i !== hidden && i !== id('project:nats');
    const links = drawn(null, true, shown);
    expect(links).toContain('project:kafka-problem:tracing');
    expect(links.some((l) => l.includes('problem:messaging'))).toBe(false);
  });
});

test('the static picture draws one link per project at the overview', () => {
  const svg = renderMapSvg({ catalog, view: { theme: 'light' }, width: 600, height: 400 });
  const path = /<path d="([^"]*)" fill="none"/.exec(svg)![1]!;
  expect(path.match(/M/g)).toHaveLength(catalog.projects.length + catalog.problems.length);
});
