/**
 * Filtered views re-form: when the filters leave part of the map, that part is laid out again as a
 * compact map of its own (the same seeded layout, so the same view always gives the same picture)
 * instead of the whole map with holes. Hidden nodes keep their places, so clearing the filters glides
 * everything back. A page lays out a part of more than REFORM_ON_PAGE_MAX nodes in a Worker, so that a
 * filter on a big landscape never holds up the page.
 */
import type { Graph, GraphNode } from '../graph/buildGraph.ts';
import { computeLayout, type Layout } from '../graph/layout.ts';
import { nodeRadius } from '../graph/nodeSize.ts';

/** Parts this small are laid out at once on the page (a few milliseconds); bigger ones in a Worker. */
export const REFORM_ON_PAGE_MAX = 120;

/** The shown part of a graph, as a graph of its own; `original[j]` is sub-node j's index in `graph`. */
export function subgraph(graph: Graph, shown: (i: number) => boolean): { graph: Graph; original: number[] } {
  const original = graph.nodes.map((n) => n.index).filter(shown);
  const local = new Map(original.map((i, j) => [i, j]));
  const nodes: GraphNode[] = original.map((i, j) => {
    const node = graph.nodes[i]!;
    // Degree stays the whole map's: it sizes the node, and the node keeps its size on screen.
    return {
      ...node,
      index: j,
      problems: node.problems.filter((p) => local.has(p)).map((p) => local.get(p)!),
    };
  });
  const links = graph.links
    .filter((l) => local.has(l.source) && local.has(l.target))
    .map((l) => ({ ...l, source: local.get(l.source)!, target: local.get(l.target)! }));
  const indexOf = new Map(nodes.map((n) => [n.id, n.index]));
  const neighbours = nodes.map(() => [] as number[]);
  for (const l of links) {
    neighbours[l.source]!.push(l.target);
    neighbours[l.target]!.push(l.source);
  }
  const projectsOf = new Map<number, number[]>();
  for (const [hub, projects] of graph.projectsOf) {
    if (local.has(hub))
      projectsOf.set(
        local.get(hub)!,
        projects.filter((p) => local.has(p)).map((p) => local.get(p)!),
      );
  }
  return { graph: { nodes, links, indexOf, neighbours, projectsOf }, original };
}

/** The shown part of a graph when re-forming it means anything: some but not all of the nodes. */
export function partToReform(
  graph: Graph,
  visible: Uint8Array | null,
): { graph: Graph; original: number[] } | null {
  if (!visible) return null;
  let count = 0;
  for (const v of visible) count += v;
  if (count === 0 || count === graph.nodes.length) return null;
  return subgraph(graph, (i) => visible[i] === 1);
}

/** The whole map's layout with the part's nodes moved to where the part's own layout put them. */
export function placePart(base: Layout, original: readonly number[], laid: Layout): Layout {
  const positions = Float64Array.from(base.positions);
  original.forEach((i, j) => {
    positions[2 * i] = laid.positions[2 * j]!;
    positions[2 * i + 1] = laid.positions[2 * j + 1]!;
  });
  return { positions, bounds: laid.bounds };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A big part's layout while the Worker makes its own, when the part grew or shrank from one it had a
 * layout for (the time control's next day adds a project or two): what was shown keeps its place, and
 * each newcomer starts beside its first problem that was already shown (or where the whole map has it,
 * for a new problem), so the map does not fall back to rough start positions on every day of a play.
 */
export function carryOver(
  graph: Graph,
  from: { layout: Layout; visible: Uint8Array },
  visible: Uint8Array,
  whole: Layout,
): Layout {
  const before = from.visible;
  const positions = Float64Array.from(from.layout.positions);
  for (const node of graph.nodes) {
    const i = node.index;
    if (visible[i] !== 1 || before[i] === 1) continue;
    const hub = node.problems.find((p) => before[p] === 1);
    if (hub === undefined) {
      positions[2 * i] = whole.positions[2 * i]!;
      positions[2 * i + 1] = whole.positions[2 * i + 1]!;
      continue;
    }
    // A spot on a small spiral round the hub, distinct per node, so newcomers of one day do not stack.
    const angle = i * GOLDEN_ANGLE;
    const distance = 40 + (i % 7) * 6;
    positions[2 * i] = positions[2 * hub]! + distance * Math.cos(angle);
    positions[2 * i + 1] = positions[2 * hub + 1]! + distance * Math.sin(angle);
  }
  return { positions, bounds: boundsOf(graph, positions, visible) };
}

function boundsOf(graph: Graph, positions: Float64Array, visible: Uint8Array): Layout['bounds'] {
  const bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const node of graph.nodes) {
    if (visible[node.index] !== 1) continue;
    const r = nodeRadius(node);
    const x = positions[2 * node.index]!;
    const y = positions[2 * node.index + 1]!;
    bounds.x0 = Math.min(bounds.x0, x - r);
    bounds.y0 = Math.min(bounds.y0, y - r);
    bounds.x1 = Math.max(bounds.x1, x + r);
    bounds.y1 = Math.max(bounds.y1, y + r);
  }
  return bounds;
}

/**
 * The layout of a filtered view, here and now: the shown part laid out alone, or null when nothing needs
 * re-forming. Pages lay big parts out in a Worker instead (reformInWorker.ts).
 */
export function reformLayout(
  graph: Graph,
  base: Layout,
  visible: Uint8Array | null,
  /** The screen's width over height: the part is laid out to fit it. */
  aspect?: number,
): Layout | null {
  const part = partToReform(graph, visible);
  return part ? placePart(base, part.original, computeLayout(part.graph, undefined, aspect)) : null;
}
