/**
 * Links, nodes and the selection ring as SVG, drawn as the canvas painter
 * draws them: thin links (strong between two highlighted nodes; which ones, linkStyle.ts), maturity
 * shapes with an orange ring for projects the article names, solid hubs for
 * the article's problems and hollow dashed ones for the rest, and everything
 * outside the highlight faded.
 */
import type { GraphNode } from '../graph/buildGraph.ts';
import { MATURITY_SHAPE } from '../graph/palette.ts';
import { formatNumber as n } from './formatNumber.ts';
import { linkStyle } from './linkStyle.ts';
import { paint } from './paintAttributes.ts';
import { DIM_ALPHA, type Scene } from './scene.ts';
import { shapeMarkup } from './shapeMarkup.ts';

export function linksMarkup(s: Scene): string {
  const normal: string[] = [];
  const strong: string[] = [];
  for (const link of s.graph.links) {
    const style = linkStyle(link, s.shown, s.emphasis, s.filtered);
    if (style === 'hidden') continue;
    const path = style === 'strong' ? strong : normal;
    const { screen: p } = s;
    path.push(
      `M${n(p[2 * link.source]!)} ${n(p[2 * link.source + 1]!)}L${n(p[2 * link.target]!)} ${n(p[2 * link.target + 1]!)}`,
    );
  }
  const c = s.palette;
  const out: string[] = [];
  if (normal.length > 0) {
    const alpha = s.emphasis ? 0.5 : 1;
    out.push(`<path d="${normal.join('')}" fill="none" ${paint('stroke', c.link, alpha)} stroke-width="1"/>`);
  }
  if (strong.length > 0) {
    out.push(
      `<path d="${strong.join('')}" fill="none" ${paint('stroke', c.linkStrong)} stroke-width="1.6"/>`,
    );
  }
  return out.join('');
}

function nodeMarkup(s: Scene, node: GraphNode): string {
  const c = s.palette;
  const i = node.index;
  const x = s.screen[2 * i]!;
  const y = s.screen[2 * i + 1]!;
  const r = s.radii[i]!;
  const circle = (radius: number, attributes: string) =>
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius, 2)}" ${attributes}/>`;
  if (node.kind === 'project') {
    const maturity = (s.maturity ? s.maturity[i] : node.maturity) ?? 'none';
    let shape = shapeMarkup(MATURITY_SHAPE[maturity], x, y, r, paint('fill', c.maturity(maturity)));
    // A picture of a past day hollows the projects without dates, as the canvas does (drawUndated.ts).
    if (s.maturity && node.undated) shape += circle(r / 2, paint('fill', c.background));
    if (!node.fromArticle) return shape;
    const ring = `fill="none" ${paint('stroke', c.named)} stroke-width="${n(2 * s.k, 2)}"`;
    return shape + circle(r + 3.2 * s.k, ring);
  }
  if (node.kind === 'article') return circle(r, paint('fill', c.article));
  const width = `stroke-width="${n(3 * s.k, 2)}"`;
  if (node.fromArticle)
    return circle(r, `${paint('fill', c.problem)} ${paint('stroke', c.background)} ${width}`);
  // Problems beyond the article: hollow with a dashed ring, distinct without colour.
  const dash = `stroke-dasharray="${n(5 * s.k, 2)} ${n(4 * s.k, 2)}"`;
  return circle(r, `${paint('fill', c.background)} ${paint('stroke', c.problemExtension)} ${width} ${dash}`);
}

/** Nodes from last to first (the article on top); dimmed ones first, highlighted ones over them. */
export function nodesMarkup(s: Scene): string {
  const lit = (i: number) => !s.emphasis || s.emphasis[i] === 1;
  const out: string[] = [];
  for (const pass of s.emphasis ? [false, true] : [true]) {
    const nodes: string[] = [];
    for (let i = s.graph.nodes.length - 1; i >= 0; i--) {
      if (!s.shown(i) || (s.emphasis && lit(i) !== pass)) continue;
      nodes.push(nodeMarkup(s, s.graph.nodes[i]!));
    }
    if (nodes.length === 0) continue;
    out.push(pass ? `<g>${nodes.join('')}</g>` : `<g opacity="${DIM_ALPHA}">${nodes.join('')}</g>`);
  }
  if (s.selected >= 0) {
    const i = s.selected;
    const r = s.radii[i]! + 4;
    out.push(
      `<circle cx="${n(s.screen[2 * i]!)}" cy="${n(s.screen[2 * i + 1]!)}" r="${n(r, 2)}" fill="none" ${paint('stroke', s.palette.focus)} stroke-width="3"/>`,
    );
  }
  return out.join('');
}
