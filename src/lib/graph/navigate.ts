/**
 * Keyboard movement on the map: an arrow key goes to the linked node that lies
 * most nearly in that direction (article → problem → project and back). A
 * project also reaches the other projects of its primary problem, so a whole
 * cluster can be walked without returning to the hub each time.
 */
import type { Graph } from './buildGraph.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The neighbour of `from` best aligned with `direction` (within 80° of it), nearer ones preferred;
 * `undefined` when no neighbour lies that way. `allowed` skips nodes that are filtered out.
 */
export function neighbourInDirection(
  graph: Graph,
  positions: Float64Array,
  from: number,
  direction: Direction,
  allowed: (i: number) => boolean = () => true,
): number | undefined {
  const [dx, dy] = VECTORS[direction];
  const fx = positions[2 * from]!;
  const fy = positions[2 * from + 1]!;
  let best: number | undefined;
  let bestScore = Infinity;
  const node = graph.nodes[from];
  const primary = node?.kind === 'project' ? node.problems[0] : undefined;
  const siblings = primary === undefined ? [] : (graph.projectsOf.get(primary) ?? []);
  for (const n of [...(graph.neighbours[from] ?? []), ...siblings]) {
    if (n === from || !allowed(n)) continue;
    const vx = positions[2 * n]! - fx;
    const vy = positions[2 * n + 1]! - fy;
    const distance = Math.hypot(vx, vy) || 1e-9;
    const cos = (vx * dx + vy * dy) / distance;
    if (cos < Math.cos((80 * Math.PI) / 180)) continue;
    // Mostly direction, partly distance: straight ahead beats slightly nearer but off to the side.
    const score = distance * (2 - cos) * (2 - cos);
    if (score < bestScore || (score === bestScore && n < (best ?? Infinity))) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}
