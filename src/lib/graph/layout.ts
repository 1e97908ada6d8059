/**
 * Positions for every node: the article at the centre, problem hubs on a ring
 * in catalog order (so the article's argument reads clockwise), each project in
 * a disc beside its problems. The start positions already tell the story;
 * d3-force then only settles overlaps with a fixed number of ticks. There is no
 * randomness (d3-force's jiggle uses its own seeded generator), so the same
 * catalog always gives the same picture, in Node, a test or a Worker.
 */
import { compareNames } from '../catalog/compareNames.ts';
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Graph, GraphNode } from './buildGraph.ts';
import { nodeRadius } from './nodeSize.ts';
import { fitStartToAspect } from './screenShape.ts';

export interface Layout {
  /** x of node i at [2i], y at [2i + 1], in world units. */
  positions: Float64Array;
  /** Bounding box of all nodes including their radius. */
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Space a project needs in its cluster, in world units (node plus a gap). */
const SPACING = 21;
/**
 * A map this small names every project (labelRules: FEW_PROJECTS), so its clusters leave room for the
 * names between the nodes: a name is about four nodes wide.
 */
const FEW_PROJECTS = 60;
const ROOMY_SPACING = 52;
/** Weights of a project's first, second and third problem when it sits between them. */
const RANK_WEIGHT = [1, 0.55, 0.35, 0.25, 0.2];
/** Width over height of the ring of problems. */
const ASPECT = 1.4;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const MATURITY_ORDER = ['graduated', 'incubating', 'sandbox', 'none', 'archived'];

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
  tx: number;
  ty: number;
}

/** Importance inside a cluster: named in the article, then maturity, then name. */
function clusterOrder(a: GraphNode, b: GraphNode): number {
  return (
    Number(b.fromArticle) - Number(a.fromArticle) ||
    MATURITY_ORDER.indexOf(a.maturity ?? 'none') - MATURITY_ORDER.indexOf(b.maturity ?? 'none') ||
    compareNames(a.label, b.label) ||
    compareNames(a.id, b.id)
  );
}

/** Maps a fraction of an ellipse's perimeter (from the top, clockwise) to the angle there. */
function arcLengthToAngle(rx: number, ry: number): (fraction: number) => number {
  const steps = 720;
  const cumulative = new Float64Array(steps + 1);
  for (let i = 1; i <= steps; i++) {
    const a0 = ((i - 1) / steps) * 2 * Math.PI - Math.PI / 2;
    const a1 = (i / steps) * 2 * Math.PI - Math.PI / 2;
    cumulative[i] =
      cumulative[i - 1]! + Math.hypot(rx * (Math.cos(a1) - Math.cos(a0)), ry * (Math.sin(a1) - Math.sin(a0)));
  }
  const total = cumulative[steps]!;
  return (fraction) => {
    const target = fraction * total;
    let i = 1;
    while (i < steps && cumulative[i]! < target) i++;
    const span = cumulative[i]! - cumulative[i - 1]! || 1;
    return ((i - 1 + (target - cumulative[i - 1]!) / span) / steps) * 2 * Math.PI - Math.PI / 2;
  };
}

export function ticksFor(nodeCount: number): number {
  // Start positions are already close to final (no overlaps inside a disc), so a few ticks settle the
  // seams between discs: 24 ticks leave no overlapping nodes on the 2,400-project landscape (tests/unit/layout.test.ts).
  return nodeCount > 500 ? 24 : 60;
}

/**
 * `aspect` (the screen's width over height) fits a part of the map to the screen: its start positions
 * turn and stretch towards that shape (screenShape.ts). Without it the ring keeps its own wide shape.
 */
export function computeLayout(graph: Graph, ticks = ticksFor(graph.nodes.length), aspect?: number): Layout {
  const { nodes } = graph;
  const problems = nodes.filter((n) => n.kind === 'problem');
  const projects = nodes.filter((n) => n.kind === 'project');

  // Projects grouped by their primary problem decide how much of the ring each hub gets.
  const primaryCount = new Map<number, number>();
  for (const p of projects) {
    const primary = p.problems[0];
    if (primary !== undefined) primaryCount.set(primary, (primaryCount.get(primary) ?? 0) + 1);
  }
  const spacing = projects.length <= FEW_PROJECTS ? ROOMY_SPACING : SPACING;
  // How far a cluster's members spread from its centre (the phyllotaxis below), plus a margin.
  const spread = (count: number) => spacing * 0.62 * Math.sqrt(count + 0.5);
  const clusterRadius = (count: number) => spread(count) + 12;
  // Each hub gets at least enough arc for its label; big clusters get more.
  const widths = problems.map((p) => Math.max(150, 2 * clusterRadius(primaryCount.get(p.index) ?? 0) + 30));
  const circumference = widths.reduce((a, b) => a + b, 0);
  const ringRadius = Math.max(220, circumference / (2 * Math.PI));

  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  // Hubs go round an ellipse (screens are wider than tall), each given arc length in proportion to its width.
  const rx = ASPECT * ringRadius;
  const ry = ringRadius / ASPECT;
  const toAngle = arcLengthToAngle(rx, ry);
  let travelled = 0;
  problems.forEach((problem, i) => {
    const a = toAngle((travelled + widths[i]! / 2) / circumference);
    travelled += widths[i]!;
    x[problem.index] = rx * Math.cos(a);
    y[problem.index] = ry * Math.sin(a);
  });

  // Each distinct set of problems is one cluster; its centre sits outside the ring
  // for single-problem projects and between the hubs for the others.
  const clusters = new Map<string, GraphNode[]>();
  for (const p of projects) {
    const key = p.problems.join(',');
    const list = clusters.get(key) ?? [];
    list.push(p);
    clusters.set(key, list);
  }
  for (const members of [...clusters.values()]) {
    members.sort(clusterOrder);
    const first = members[0]!;
    let cx = 0;
    let cy = 0;
    let total = 0;
    first.problems.forEach((problem, rank) => {
      const w = RANK_WEIGHT[rank] ?? 0.2;
      cx += w * x[problem]!;
      cy += w * y[problem]!;
      total += w;
    });
    if (total === 0) total = 1;
    cx /= total;
    cy /= total;
    const length = Math.hypot(cx, cy) || 1;
    const disc = spread(members.length);
    // Out past the hub for one problem; multi-problem clusters stay near the ring, between their hubs.
    const outward = first.problems.length === 1 ? length + disc + 48 : Math.max(length, ringRadius * 0.72);
    cx = (cx / length) * outward;
    cy = (cy / length) * outward;
    members.forEach((member, k) => {
      const r = spacing * 0.62 * Math.sqrt(k + 0.5);
      const theta = k * GOLDEN_ANGLE + Math.atan2(cy, cx);
      x[member.index] = cx + r * Math.cos(theta);
      y[member.index] = cy + r * Math.sin(theta);
    });
  }

  if (aspect !== undefined) {
    const start = new Float64Array(2 * nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      start[2 * i] = x[i]!;
      start[2 * i + 1] = y[i]!;
    }
    fitStartToAspect(start, nodes.length, aspect);
    for (let i = 0; i < nodes.length; i++) {
      x[i] = start[2 * i]!;
      y[i] = start[2 * i + 1]!;
    }
  }

  const simNodes: SimNode[] = nodes.map((node) => ({
    index: node.index,
    x: x[node.index],
    y: y[node.index],
    r: nodeRadius(node),
    tx: x[node.index]!,
    ty: y[node.index]!,
    // Hubs and the article stay put: their places carry the argument and keep their labels apart.
    ...(node.kind === 'project' ? {} : { fx: x[node.index], fy: y[node.index] }),
  }));
  const simulation = forceSimulation(simNodes)
    .stop()
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, ticks)))
    .force('x', forceX<SimNode>((d) => d.tx).strength(0.12))
    .force('y', forceY<SimNode>((d) => d.ty).strength(0.12))
    .force('collide', forceCollide<SimNode>((d) => d.r + 2.5).iterations(2));
  simulation.tick(ticks);

  const positions = new Float64Array(nodes.length * 2);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of simNodes) {
    // Rounded so that the picture is byte-identical across engines and runs.
    const nx = Math.round(node.x! * 100) / 100 || 0; // || 0: no -0, which JSON would not keep
    const ny = Math.round(node.y! * 100) / 100 || 0;
    positions[2 * node.index] = nx;
    positions[2 * node.index + 1] = ny;
    x0 = Math.min(x0, nx - node.r);
    y0 = Math.min(y0, ny - node.r);
    x1 = Math.max(x1, nx + node.r);
    y1 = Math.max(y1, ny + node.r);
  }
  return { positions, bounds: { x0, y0, x1, y1 } };
}
