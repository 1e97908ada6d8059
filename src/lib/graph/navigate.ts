/**
 * Keyboard movement on the map: an arrow key goes to the linked node that lies
 * most nearly in that direction (article → problem → project and back). A
 * project also reaches the other projects of its primary problem, and a hub the
 * other hubs, so clusters and the ring can be walked without detours.
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
  // Projects also reach their cluster; hubs also reach the other hubs, so the ring can be walked.
  const extra =
    primary !== undefined
      ? (graph.projectsOf.get(primary) ?? [])
      : node?.kind === 'problem'
        ? [...graph.projectsOf.keys()]
        : [];
  for (const n of [...(graph.neighbours[from] ?? []), ...extra]) {
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

/**
 * Page Down / Page Up: the next or previous project with the same main problem, in the list's order
 * (from a hub: its first or last project). Arrow keys go where the eye goes; this walks every
 * project of a cluster for sure.
 */
export function stepInCluster(
  graph: Graph,
  from: number,
  step: 1 | -1,
  allowed: (i: number) => boolean = () => true,
): number | undefined {
  const node = graph.nodes[from];
  if (!node || node.kind === 'article') return undefined;
  const hub = node.kind === 'problem' ? from : node.problems[0];
  // The projects whose main problem this is: every project belongs to exactly one such cluster.
  const members = (hub === undefined ? [] : (graph.projectsOf.get(hub) ?? [])).filter(
    (i) => graph.nodes[i]!.problems[0] === hub && allowed(i),
  );
  if (members.length === 0) return undefined;
  if (node.kind === 'problem') return step === 1 ? members[0] : members[members.length - 1];
  const at = members.indexOf(from);
  return members[(at + step + members.length) % members.length];
}
