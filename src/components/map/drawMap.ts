/**
 * The one function that paints the map canvas. Everything it needs arrives in
 * `MapFrame`; it keeps no state, so a frame is a pure function of its input
 * (and the label widths it measures). World units are drawn under the zoom
 * transform; labels are placed and drawn in screen pixels so they stay crisp
 * and readable at every zoom.
 */
import type { Graph, GraphNode } from '../../lib/graph/buildGraph.ts';
import type { Maturity } from '../../lib/catalog/types.ts';
import { MATURITY_SHAPE, type Palette, type Shape } from '../../lib/graph/palette.ts';
import type { Rect } from '../../lib/graph/placeLabels.ts';
import { traceShape } from '../../lib/graph/traceShape.ts';
import { linkStyle } from '../../lib/render/linkStyle.ts';
import { DIM_ALPHA } from '../../lib/render/scene.ts';
import { drawLabels } from './drawLabels.ts';
import { fillUndated, undatedHolePath } from './drawUndated.ts';
import type { MapLogos } from '../logos/logoSprite.svelte.ts';
import type { LogoNode } from './drawLogos.ts';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface MapFrame {
  graph: Graph;
  positions: Float64Array;
  radii: Float64Array;
  palette: Palette;
  transform: Transform;
  width: number;
  height: number;
  dpr: number;
  /** 1 where the node passes the filters; null when nothing is filtered. */
  visible: Uint8Array | null;
  /** Each node's maturity mark on the view's day (deriveView), over the graph's own; null for today. */
  maturity?: readonly (Maturity | null)[] | null;
  /** 1 where the node is highlighted (hover neighbourhood, search match); null when nothing is. */
  emphasis: Uint8Array | null;
  selected: number;
  focused: number;
  hovered: number;
  /** Draw the keyboard focus ring (only while the map has focus). */
  showFocus: boolean;
  /** Screen areas covered by controls over the map: labels keep out of them. */
  reserved?: readonly Rect[];
  /** Clear the canvas first (default); an export paints onto its own background instead. */
  clear?: boolean;
  /** The logo sprite once it has arrived (mapLogos); null or absent: plain shapes. */
  logos?: MapLogos | null;
  /**
   * What to paint: everything (default), or a frame in two halves on two animation frames: the shapes,
   * then the labels over them (`clear: false`), so no one task on a slow phone carries both.
   */
  layers?: 'all' | 'shapes' | 'labels';
  /**
   * The frame's dimmed nodes already painted (drawDimmed, at this frame's size, zoom, positions, theme and
   * filters: dimLayer.ts checks), drawn as one image under the lit nodes instead of node by node.
   */
  dimmed?: CanvasImageSource | null;
}

function shapePath(ctx: CanvasPath, shape: Shape, x: number, y: number, r: number) {
  if (shape !== 'circle') return traceShape(ctx, shape, x, y, r);
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}

function drawLinks(ctx: CanvasRenderingContext2D, f: MapFrame, shown: (i: number) => boolean) {
  const { positions: p } = f;
  const normal = new Path2D();
  const strong = new Path2D();
  for (const link of f.graph.links) {
    const style = linkStyle(link, shown, f.emphasis, f.visible !== null);
    if (style === 'hidden') continue;
    const path = style === 'strong' ? strong : normal;
    path.moveTo(p[2 * link.source]!, p[2 * link.source + 1]!);
    path.lineTo(p[2 * link.target]!, p[2 * link.target + 1]!);
  }
  ctx.lineWidth = 1 / f.transform.k;
  ctx.strokeStyle = f.palette.link;
  ctx.globalAlpha = f.emphasis ? 0.5 : 1;
  ctx.stroke(normal);
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1.6 / f.transform.k;
  ctx.strokeStyle = f.palette.linkStrong;
  ctx.stroke(strong);
}

/** Projects, batched: one path per maturity (shape and colour) and one for the rings of named projects. */
function drawProjects(ctx: CanvasRenderingContext2D, f: MapFrame, include: (i: number) => boolean) {
  const byMaturity = new Map<Maturity, Path2D>();
  const rings = new Path2D();
  const undated = f.maturity ? new Path2D() : null; // a past day: projects without dates are hollow
  const withLogo: LogoNode[] = [];
  for (let i = f.graph.nodes.length - 1; i >= 0; i--) {
    const node = f.graph.nodes[i]!;
    if (node.kind !== 'project' || !include(i)) continue;
    const maturity = (f.maturity ? f.maturity[i] : node.maturity) ?? 'none';
    let path = byMaturity.get(maturity);
    if (!path) byMaturity.set(maturity, (path = new Path2D()));
    const x = f.positions[2 * i]!;
    const y = f.positions[2 * i + 1]!;
    const r = f.radii[i]!;
    shapePath(path, MATURITY_SHAPE[maturity], x, y, r);
    if (f.logos && node.logo && r * f.transform.k >= f.logos.fromRadius)
      withLogo.push({ x, y, r, shape: MATURITY_SHAPE[maturity], slug: node.logo });
    if (undated && node.undated) undatedHolePath(undated, x, y, r, f.transform.k);
    if (node.fromArticle) {
      rings.moveTo(x + r + 3.2, y);
      rings.arc(x, y, r + 3.2, 0, 2 * Math.PI);
    }
  }
  for (const [maturity, path] of byMaturity) {
    ctx.fillStyle = f.palette.maturity(maturity);
    ctx.fill(path);
  }
  ctx.lineWidth = 2;
  ctx.strokeStyle = f.palette.named;
  ctx.stroke(rings);
  if (undated) fillUndated(ctx, f.palette, undated);
  if (f.logos) f.logos.draw(ctx, f.logos, f.palette, f.transform.k, withLogo);
}

/** A problem hub or the article: few, so drawn one by one. */
function drawHub(ctx: CanvasRenderingContext2D, f: MapFrame, node: GraphNode) {
  const { palette: c } = f;
  const x = f.positions[2 * node.index]!;
  const y = f.positions[2 * node.index + 1]!;
  const r = f.radii[node.index]!;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  if (node.kind === 'article') {
    ctx.fillStyle = c.article;
    ctx.fill();
    return;
  }
  if (node.fromArticle) {
    ctx.fillStyle = c.problem;
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = c.background;
    ctx.stroke();
  } else {
    // Problems beyond the article: hollow with a dashed ring, distinct without colour.
    ctx.fillStyle = c.background;
    ctx.fill();
    ctx.setLineDash([5, 4]);
    ctx.lineWidth = 3;
    ctx.strokeStyle = c.problemExtension;
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function ring(
  ctx: CanvasRenderingContext2D,
  f: MapFrame,
  index: number,
  colour: string,
  width: number,
  gap: number,
) {
  if (index < 0) return;
  const r = f.radii[index]! + gap / f.transform.k;
  ctx.beginPath();
  ctx.arc(f.positions[2 * index]!, f.positions[2 * index + 1]!, r, 0, 2 * Math.PI);
  ctx.lineWidth = width / f.transform.k;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

/** Draws under the zoom transform: world units to the canvas's pixels. */
function toWorld(ctx: CanvasRenderingContext2D, f: MapFrame) {
  const { dpr, transform: t } = f;
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
}

/** Whether a node is near enough the screen to draw (a margin for its shape), in world units. */
function onScreenTest(f: MapFrame): (i: number) => boolean {
  const t = f.transform;
  const margin = 40 / t.k;
  const vx0 = -t.x / t.k - margin;
  const vy0 = -t.y / t.k - margin;
  const vx1 = (f.width - t.x) / t.k + margin;
  const vy1 = (f.height - t.y) / t.k + margin;
  return (i) => {
    const x = f.positions[2 * i]!;
    const y = f.positions[2 * i + 1]!;
    return x > vx0 && x < vx1 && y > vy0 && y < vy1;
  };
}

/** One pass of nodes at one opacity, projects then hubs, in world units. */
function drawNodes(
  ctx: CanvasRenderingContext2D,
  f: MapFrame,
  include: (i: number) => boolean,
  alpha: number,
) {
  ctx.globalAlpha = alpha;
  drawProjects(ctx, f, include);
  for (const node of f.graph.nodes) {
    if (node.kind !== 'project' && include(node.index)) drawHub(ctx, f, node);
  }
  ctx.globalAlpha = 1;
}

/**
 * The whole map as its dimmed pass draws it, every shown node at DIM_ALPHA on a transparent canvas of the
 * frame's size: what dimLayer.ts keeps, for frames that differ from it only in what they light.
 */
export function drawDimmed(ctx: CanvasRenderingContext2D, f: MapFrame): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, f.width * f.dpr, f.height * f.dpr);
  toWorld(ctx, f);
  const shown = f.visible ? (i: number) => f.visible![i] === 1 : () => true;
  const onScreen = onScreenTest(f);
  drawNodes(ctx, f, (i) => shown(i) && onScreen(i), DIM_ALPHA);
}

export function drawMap(ctx: CanvasRenderingContext2D, f: MapFrame): void {
  const { dpr, transform: t } = f;
  const shown = f.visible ? (i: number) => f.visible![i] === 1 : () => true;
  const lit = f.emphasis ? (i: number) => f.emphasis![i] === 1 : () => true;
  if (f.layers === 'labels') {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return drawLabels(ctx, f, shown, lit);
  }

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (f.clear !== false) ctx.clearRect(0, 0, f.width * dpr, f.height * dpr);
  toWorld(ctx, f);
  drawLinks(ctx, f, shown);

  const onScreen = onScreenTest(f);
  const dimmed = f.emphasis && f.clear !== false ? f.dimmed : null;
  if (f.emphasis && dimmed) {
    // The dimmed nodes as painted before (every node, the lit ones under their lit selves), then the lit.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(dimmed, 0, 0);
    toWorld(ctx, f);
  } else if (f.emphasis) {
    drawNodes(ctx, f, (i) => shown(i) && onScreen(i) && !lit(i), DIM_ALPHA);
  }
  // The highlighted nodes on top of the dimmed ones (everything, when nothing is highlighted).
  drawNodes(ctx, f, (i) => shown(i) && onScreen(i) && lit(i), 1);
  ring(ctx, f, f.hovered, f.palette.linkStrong, 1.5, 3);
  ring(ctx, f, f.selected, f.palette.focus, 3, 4);
  if (f.showFocus && f.focused >= 0) {
    ctx.setLineDash([4 / t.k, 3 / t.k]);
    ring(ctx, f, f.focused, f.palette.focus, 2.5, 8);
    ctx.setLineDash([]);
  }

  if (f.layers === 'shapes') return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawLabels(ctx, f, shown, lit);
}
