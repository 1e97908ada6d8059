import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { neighbourInDirection, stepInCluster, type Direction } from '../../src/lib/graph/navigate.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

describe('keyboard movement on the map', () => {
  const graph = buildGraph(bundledCatalog());
  const { positions } = computeLayout(graph);
  const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];

  test('every node can be reached from the article with arrow keys and Page Down / Page Up', () => {
    const reached = new Set([0]);
    const queue = [0];
    while (queue.length > 0) {
      const from = queue.shift()!;
      const moves = [
        ...DIRECTIONS.map((d) => neighbourInDirection(graph, positions, from, d)),
        stepInCluster(graph, from, 1),
        stepInCluster(graph, from, -1),
      ];
      for (const next of moves) {
        if (next !== undefined && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    const missing = graph.nodes.filter((n) => !reached.has(n.index)).map((n) => n.id);
    expect(missing).toEqual([]);
  });

  test('arrow keys alone reach all the problems and nearly every project', () => {
    const reached = new Set([0]);
    const queue = [0];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const d of DIRECTIONS) {
        const next = neighbourInDirection(graph, positions, from, d);
        if (next !== undefined && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(graph.nodes.filter((n) => n.kind === 'problem' && !reached.has(n.index))).toEqual([]);
    expect(reached.size / graph.nodes.length).toBeGreaterThan(0.9);
  });

  test('Page Down walks a cluster in list order and wraps around', () => {
    const hub = graph.indexOf.get('problem:tracing')!;
    const members = graph.projectsOf.get(hub)!.filter((i) => graph.nodes[i]!.problems[0] === hub);
    let at = stepInCluster(graph, hub, 1)!;
    const seen = [at];
    for (let i = 1; i < members.length; i++) seen.push((at = stepInCluster(graph, at, 1)!));
    expect(seen).toEqual(members);
    expect(stepInCluster(graph, at, 1)).toBe(members[0]);
    expect(stepInCluster(graph, members[0]!, -1)).toBe(at);
  });

  test('an arrow goes to a linked node that lies that way', () => {
    const from = graph.indexOf.get('problem:tracing')!;
    for (const direction of DIRECTIONS) {
      const next = neighbourInDirection(graph, positions, from, direction);
      if (next === undefined) continue;
      const dx = positions[2 * next]! - positions[2 * from]!;
      const dy = positions[2 * next + 1]! - positions[2 * from + 1]!;
      if (direction === 'left') expect(dx).toBeLessThan(0);
      if (direction === 'right') expect(dx).toBeGreaterThan(0);
      if (direction === 'up') expect(dy).toBeLessThan(0);
      if (direction === 'down') expect(dy).toBeGreaterThan(0);
      expect([...graph.neighbours[from]!, ...graph.projectsOf.keys()]).toContain(next);
    }
  });

  test('skips nodes that are filtered out', () => {
    const from = 0;
    const allowed = (i: number) => i === 0 || graph.nodes[i]!.key === 'tracing';
    const reached = DIRECTIONS.map((d) => neighbourInDirection(graph, positions, from, d, allowed)).filter(
      (i) => i !== undefined,
    );
    expect(reached.every((i) => graph.nodes[i!]!.key === 'tracing')).toBe(true);
  });
});
