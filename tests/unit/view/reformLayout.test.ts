/**
 * Filtered views re-form (reformLayout): the part the filters leave is laid out again as a compact map of
 * its own, the same way every time, with no two nodes on top of each other; hidden nodes keep their
 * places, so clearing the filters glides back to the whole map.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../../src/lib/graph/nodeSize.ts';
import { boxOf } from '../../../src/lib/graph/viewport.ts';
import { applyFilters } from '../../../src/lib/view/filters.ts';
import { carryOver, reformLayout, subgraph } from '../../../src/lib/view/reformLayout.ts';
import { timeMaskOf } from '../../../src/lib/view/timeMask.ts';
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

describe('a day of the time control re-forms the map like a filter', () => {
  const dayMask = (day: string) =>
    applyFilters(graph, {
      problems: [],
      maturities: [],
      article: false,
      time: timeMaskOf(catalog, graph, day),
    })!;
  const early = dayMask('2017-01-01');
  const later = dayMask('2017-06-01');
  const shownEarly = indicesOf(early);
  const shownLater = indicesOf(later);
  const newcomers = shownLater.filter((i) => early[i] !== 1);

  test('the landscape of 2017 is a compact map of its own', () => {
    expect(shownEarly.length).toBeLessThan(graph.nodes.length);
    const reformed = reformLayout(graph, base, early)!;
    expect(reformed).not.toBeNull();
    const box = (l: { positions: Float64Array }) => boxOf(l.positions, radii, shownEarly)!;
    const area = (b: { x0: number; y0: number; x1: number; y1: number }) => (b.x1 - b.x0) * (b.y1 - b.y0);
    expect(area(box(reformed))).toBeLessThan(area(box(base)));
  });

  test('while the next day is laid out, what was shown stays put and each newcomer starts by its problem', () => {
    expect(newcomers.length).toBeGreaterThan(0);
    const from = { layout: reformLayout(graph, base, early)!, visible: early };
    const next = carryOver(graph, from, later, base);
    for (const i of shownEarly) {
      expect(next.positions[2 * i]).toBe(from.layout.positions[2 * i]);
      expect(next.positions[2 * i + 1]).toBe(from.layout.positions[2 * i + 1]);
    }
    for (const i of newcomers) {
      const node = graph.nodes[i]!;
      const hub = node.problems.find((p) => early[p] === 1);
      if (hub === undefined) continue;
      const d = Math.hypot(
        next.positions[2 * i]! - from.layout.positions[2 * hub]!,
        next.positions[2 * i + 1]! - from.layout.positions[2 * hub + 1]!,
      );
      expect(d).toBeLessThan(100);
    }
    // The bounds take in every node shown on the new day.
    const box = boxOf(next.positions, radii, shownLater)!;
    expect(next.bounds.x0).toBeCloseTo(box.x0);
    expect(next.bounds.y1).toBeCloseTo(box.y1);
  });

  test('newcomers of one day do not start on top of each other', () => {
    const from = { layout: reformLayout(graph, base, early)!, visible: early };
    const next = carryOver(graph, from, later, base);
    const spots = new Set(newcomers.map((i) => `${next.positions[2 * i]},${next.positions[2 * i + 1]}`));
    expect(spots.size).toBe(newcomers.length);
  });
});
