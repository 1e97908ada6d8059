import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

describe('computeLayout', () => {
  const graph = buildGraph(bundledCatalog());
  const layout = computeLayout(graph);
  const at = (i: number) => [layout.positions[2 * i]!, layout.positions[2 * i + 1]!] as const;

  test('is deterministic: two builds give identical positions', () => {
    const again = computeLayout(buildGraph(bundledCatalog()));
    expect(Array.from(again.positions)).toEqual(Array.from(layout.positions));
  });

  test('gives every node a finite position inside the reported bounds', () => {
    graph.nodes.forEach((node) => {
      const [x, y] = at(node.index);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(layout.bounds.x0);
      expect(y).toBeLessThanOrEqual(layout.bounds.y1);
    });
  });

  test('puts the article in the middle and the problems around it, clockwise in catalog order', () => {
    expect(at(0)).toEqual([0, 0]);
    const problems = graph.nodes.filter((n) => n.kind === 'problem');
    const angles = problems.map((p) => {
      const [x, y] = at(p.index);
      // Clockwise from the top, in [0, 2π).
      return (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
    });
    expect([...angles].sort((a, b) => a - b)).toEqual(angles);
  });

  test('keeps problem hubs well apart', () => {
    const hubs = graph.nodes.filter((n) => n.kind === 'problem').map((n) => at(n.index));
    for (let i = 0; i < hubs.length; i++) {
      for (let j = i + 1; j < hubs.length; j++) {
        expect(Math.hypot(hubs[i]![0] - hubs[j]![0], hubs[i]![1] - hubs[j]![1])).toBeGreaterThan(100);
      }
    }
  });

  test('settles projects with little overlap', () => {
    const projects = graph.nodes.filter((n) => n.kind === 'project');
    let overlapping = 0;
    for (let i = 0; i < projects.length; i++) {
      for (let j = i + 1; j < projects.length; j++) {
        const a = projects[i]!;
        const b = projects[j]!;
        const [ax, ay] = at(a.index);
        const [bx, by] = at(b.index);
        if (Math.hypot(ax - bx, ay - by) < (nodeRadius(a) + nodeRadius(b)) * 0.8) overlapping++;
      }
    }
    expect(overlapping).toBeLessThanOrEqual(projects.length * 0.02);
  });

  test('places a single-problem project nearer its own problem than any other', () => {
    const projects = graph.nodes.filter((n) => n.kind === 'project' && n.problems.length === 1);
    const hubs = graph.nodes.filter((n) => n.kind === 'problem');
    let misplaced = 0;
    for (const p of projects) {
      const [x, y] = at(p.index);
      const nearest = hubs.reduce((best, hub) => {
        const [hx, hy] = at(hub.index);
        const [bx, by] = at(best.index);
        return Math.hypot(hx - x, hy - y) < Math.hypot(bx - x, by - y) ? hub : best;
      });
      if (nearest.index !== p.problems[0]) misplaced++;
    }
    expect(misplaced / projects.length).toBeLessThan(0.1);
  });
});

describe('computeLayout at landscape scale', () => {
  test('settles 2,400 synthetic projects without overlapping nodes', async () => {
    const { syntheticCatalog } = await import('../../bench/syntheticCatalog.ts');
    const graph = buildGraph(syntheticCatalog(2400, 7));
    const { positions } = computeLayout(graph);
    const cell = 30;
    const grid = new Map<string, number[]>();
    const key = (i: number) =>
      `${Math.floor(positions[2 * i]! / cell)},${Math.floor(positions[2 * i + 1]! / cell)}`;
    graph.nodes.forEach((n) => {
      const k = key(n.index);
      grid.set(k, [...(grid.get(k) ?? []), n.index]);
    });
    let overlapping = 0;
    for (const node of graph.nodes) {
      const cx = Math.floor(positions[2 * node.index]! / cell);
      const cy = Math.floor(positions[2 * node.index + 1]! / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= node.index) continue;
            const d = Math.hypot(
              positions[2 * node.index]! - positions[2 * j]!,
              positions[2 * node.index + 1]! - positions[2 * j + 1]!,
            );
            if (d < 0.8 * (nodeRadius(node) + nodeRadius(graph.nodes[j]!))) overlapping++;
          }
        }
      }
    }
    expect(overlapping).toBeLessThanOrEqual(graph.nodes.length * 0.005);
  });
});
