/**
 * Filtered views re-form (reformLayout): the part the filters leave is laid out again as a compact map of
 * its own, the same way every time, with no two nodes on top of each other; hidden nodes keep their
 * places, so clearing the filters glides back to the whole map.
 */
import { expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../../src/lib/graph/nodeSize.ts';
import { boxOf } from '../../../src/lib/graph/viewport.ts';
import { applyFilters } from '../../../src/lib/view/filters.ts';
import { reformLayout, subgraph } from '../../../src/lib/view/reformLayout.ts';
import { indicesOf } from '../../../src/lib/view/nodeMasks.ts';
import { bundledCatalog } from '../../helpers/catalogs.ts';

const catalog = bundledCatalog();
const graph = buildGraph(catalog);
const base = computeLayout(graph);
const radii = Float64Array.from(graph.nodes, (n) => nodeRadius(n));
const visible = applyFilters(graph, { problems: ['service-mesh'], maturities: [], article: false })!;
const shown = indicesOf(visible);

test('the shown part is laid out compactly: a fraction of the space it took in the whole map', () => {
  const reformed = reformLayout(graph, base, visible)!;
  const area = (box: { x0: number; y0: number; x1: number; y1: number }) =>
    (box.x1 - box.x0) * (box.y1 - box.y0);
  const before = boxOf(base.positions, radii, shown)!;
  const after = boxOf(reformed.positions, radii, shown)!;
  expect(area(after)).toBeLessThan(area(before) / 3);
});

test('no two shown nodes overlap, and the same view always gives the same picture', () => {
  const reformed = reformLayout(graph, base, visible)!;
  for (const a of shown)
    for (const b of shown) {
      if (a >= b) continue;
      const d = Math.hypot(
        reformed.positions[2 * a]! - reformed.positions[2 * b]!,
        reformed.positions[2 * a + 1]! - reformed.positions[2 * b + 1]!,
      );
      expect(d).toBeGreaterThan(radii[a]! + radii[b]! - 1);
    }
  expect(reformLayout(graph, base, visible)!.positions).toEqual(reformed.positions);
});

test('hidden nodes keep their places in the whole map', () => {
  const reformed = reformLayout(graph, base, visible)!;
  const hidden = graph.nodes.map((n) => n.index).filter((i) => visible[i] !== 1);
  for (const i of hidden) expect(reformed.positions[2 * i]).toBe(base.positions[2 * i]);
});

test('a project keeps only the problems that are shown', () => {
  const part = subgraph(graph, (i) => visible[i] === 1);
  for (const node of part.graph.nodes) {
    for (const p of node.problems) expect(part.graph.nodes[p]!.id).toBe('problem:service-mesh');
  }
});

test('nothing filtered, nothing left, or everything left: the whole map stays', () => {
  expect(reformLayout(graph, base, null)).toBeNull();
  expect(reformLayout(graph, base, new Uint8Array(graph.nodes.length))).toBeNull();
  expect(reformLayout(graph, base, new Uint8Array(graph.nodes.length).fill(1))).toBeNull();
});
