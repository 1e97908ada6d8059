/**
 * Layouts fit the screen's shape (issue #14): on a portrait phone the whole map stands up instead of
 * lying across the screen as a thin band, and a filtered or focused part is laid out to the screen's
 * width over height, with no two nodes on top of each other.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph/buildGraph.ts';
import { computeLayout, type Layout } from '../../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../../src/lib/graph/nodeSize.ts';
import { orientLayout, shouldTurn, turnLayout } from '../../../src/lib/graph/screenShape.ts';
import { boxOf } from '../../../src/lib/graph/viewport.ts';
import { chooseLabels, type MapLabel } from '../../../src/lib/render/chooseLabels.ts';
import { estimateTextWidth } from '../../../src/lib/render/estimateTextWidth.ts';
import { frameView } from '../../../src/lib/view/camera.ts';
import { hideArticle } from '../../../src/lib/view/deriveView.ts';
import { applyFilters } from '../../../src/lib/view/filters.ts';
import { indicesOf } from '../../../src/lib/view/nodeMasks.ts';
import { reformLayout } from '../../../src/lib/view/reformLayout.ts';
import { screenAspect } from '../../../src/lib/view/screenAspect.ts';
import { bundledCatalog } from '../../helpers/catalogs.ts';

const catalog = bundledCatalog();
const graph = buildGraph(catalog);
const whole = computeLayout(graph);
const phone = screenAspect(390, 520)!;
const desktop = screenAspect(976, 640)!;

function shapeOf(layout: Layout, g: Graph, shown: number[]): number {
  const radii = Float64Array.from(g.nodes, (n) => nodeRadius(n));
  const box = boxOf(layout.positions, radii, shown)!;
  return (box.x1 - box.x0) / (box.y1 - box.y0);
}

function expectNoOverlap(layout: Layout, g: Graph, shown: number[]) {
  for (const a of shown)
    for (const b of shown) {
      if (a >= b) continue;
      const d = Math.hypot(
        layout.positions[2 * a]! - layout.positions[2 * b]!,
        layout.positions[2 * a + 1]! - layout.positions[2 * b + 1]!,
      );
      expect(d, `${g.nodes[a]!.id} on ${g.nodes[b]!.id}`).toBeGreaterThan(
        nodeRadius(g.nodes[a]!) + nodeRadius(g.nodes[b]!),
      );
    }
}

describe('the screen shape', () => {
  test('is rounded to steps, so a window dragged a few pixels keeps its layout', () => {
    expect(screenAspect(1280, 800)).toBe(screenAspect(1290, 805));
    expect(screenAspect(390, 844)).toBeLessThan(0.6);
    expect(screenAspect(0, 800)).toBeUndefined();
  });
  test('turns a wide drawing for a tall screen and back, never a drawing that already fits', () => {
    expect(shouldTurn(1.9, 0.5)).toBe(true);
    expect(shouldTurn(0.5, 1.6)).toBe(true);
    expect(shouldTurn(1.9, 1.6)).toBe(false);
    expect(shouldTurn(1.05, 0.5)).toBe(false);
  });
});

describe('the whole map on a phone', () => {
  const tall = orientLayout(whole, phone);
  const all = graph.nodes.map((n) => n.index);

  test('stands up: taller than wide, where the desktop map is wider than tall', () => {
    expect(shapeOf(whole, graph, all)).toBeGreaterThan(1.3);
    expect(shapeOf(tall, graph, all)).toBeLessThan(1 / 1.3);
    expect(orientLayout(whole, desktop)).toBe(whole);
  });

  test('keeps every distance, so nothing that was apart overlaps, and its bounds hold every node', () => {
    for (const [a, b] of [
      [0, 5],
      [3, 200],
      [40, 41],
    ] as const) {
      const d = (l: Layout) =>
        Math.hypot(
          l.positions[2 * a]! - l.positions[2 * b]!,
          l.positions[2 * a + 1]! - l.positions[2 * b + 1]!,
        );
      expect(d(tall)).toBeCloseTo(d(whole), 6);
    }
    for (let i = 0; i < graph.nodes.length; i++) {
      expect(tall.positions[2 * i]).toBeGreaterThanOrEqual(tall.bounds.x0);
      expect(tall.positions[2 * i]).toBeLessThanOrEqual(tall.bounds.x1);
      expect(tall.positions[2 * i + 1]).toBeGreaterThanOrEqual(tall.bounds.y0);
      expect(tall.positions[2 * i + 1]).toBeLessThanOrEqual(tall.bounds.y1);
    }
    expect(turnLayout(turnLayout(turnLayout(turnLayout(whole)))).positions).toEqual(whole.positions);
  });
});

describe('a filtered part on a phone and on a desktop', () => {
  for (const problems of [
    ['tracing'],
    ['logging', 'metrics'],
    ['service-mesh'],
    ['orchestration', 'delivery'],
  ]) {
    const visible = applyFilters(graph, { problems, maturities: [], article: false })!;
    const shown = indicesOf(visible);
    test(`${problems.join(' + ')}: shaped like the screen, no overlaps, the same every time`, () => {
      const onPhone = reformLayout(graph, whole, visible, phone)!;
      const onDesktop = reformLayout(graph, whole, visible, desktop)!;
      expect(shapeOf(onPhone, graph, shown)).toBeLessThan(1);
      expect(shapeOf(onDesktop, graph, shown)).toBeGreaterThan(1);
      expectNoOverlap(onPhone, graph, shown);
      expectNoOverlap(onDesktop, graph, shown);
      expect(reformLayout(graph, whole, visible, phone)!.positions).toEqual(onPhone.positions);
    });
  }
});

describe('names on a phone', () => {
  const screen = { width: 390, height: 520 };
  const radii = Float64Array.from(graph.nodes, (n) => nodeRadius(n));
  function labelsOf(layout: Layout, shown: (i: number) => boolean) {
    const t = frameView('all', layout.positions, radii, shown, screen)!;
    return chooseLabels({
      graph,
      screen: layout.positions.map((v, i) => v * t.k + (i % 2 === 0 ? t.x : t.y)),
      radii: radii.map((r) => r * t.k),
      k: t.k,
      ...screen,
      shown,
      emphasis: null,
      pinned: [],
      measure: estimateTextWidth,
    });
  }
  const overlapping = (labels: MapLabel[]) =>
    labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
        )
        .map((b) => `${graph.nodes[a.index]!.label} / ${graph.nodes[b.index]!.label}`),
    );

  test('the whole map, stood up, names every problem at the zoom that fits it', () => {
    const labels = labelsOf(orientLayout(whole, phone), () => true);
    const named = new Set(labels.map((l) => l.index));
    const unnamed = graph.nodes
      .filter((n) => n.kind === 'problem' && !named.has(n.index))
      .map((n) => n.label);
    expect(unnamed).toEqual([]);
    expect(overlapping(labels)).toEqual([]);
  });

  test('a filtered view of one problem names every one of its projects, no two names overlapping', () => {
    // (Bigger views name most, not all: service-mesh 13 of 15 and metrics 24 of 26 on a phone.)
    for (const problem of ['tracing', 'logging']) {
      const visible = applyFilters(graph, { problems: [problem], maturities: [], article: false })!;
      const shownMask = hideArticle(visible, graph.nodes.length, graph);
      const labels = labelsOf(reformLayout(graph, whole, shownMask, phone)!, (i) => shownMask![i] === 1);
      const named = new Set(labels.map((l) => l.index));
      const unnamed = indicesOf(shownMask!)
        .filter((i) => graph.nodes[i]!.kind === 'project' && !named.has(i))
        .map((i) => graph.nodes[i]!.label);
      expect(unnamed, problem).toEqual([]);
      expect(overlapping(labels), problem).toEqual([]);
    }
  });
});
