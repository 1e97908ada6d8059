/**
 * Logos inside project nodes, once the map is zoomed in far enough to read them. The node keeps its
 * maturity shape and colour as a band around a disc of the map's background, and the mark sits on that
 * disc: in the brand's colour where it reads on the background (chosen at build time), else in the
 * theme's text colour. Zoomed out, nodes are too small for a mark and stay plain shapes.
 */
import type { MapLogos } from '../logos/logoSprite.svelte.ts';
import type { Shape } from '../../lib/graph/palette.ts';
import type { Palette } from '../../lib/graph/palette.ts';
import { luminance } from '../../lib/logos/logoColour.ts';

/** Node radius on screen (CSS px) from which a logo is fully opaque (it fades in from logos.fromRadius). */
const LOGO_FULL_RADIUS = 17;

/**
 * The disc inside each shape that the band leaves free, as a share of the node's radius, and where its
 * centre sits (the triangle's incircle is below the node's centre).
 */
const DISC: Record<Shape, { r: number; dy: number }> = {
  circle: { r: 0.72, dy: 0 },
  diamond: { r: 0.66, dy: 0 },
  triangle: { r: 0.52, dy: 0.19 },
  square: { r: 0.68, dy: 0 },
  cross: { r: 0.62, dy: 0 },
};

export interface LogoNode {
  x: number;
  y: number;
  r: number;
  shape: Shape;
  slug: string;
}

/** Draws in world units under the map's zoom `k`; `nodes` are the projects drawn this pass. */
export function drawLogos(
  ctx: CanvasRenderingContext2D,
  logos: MapLogos,
  palette: Palette,
  k: number,
  nodes: readonly LogoNode[],
): void {
  const dark = luminance(palette.background) < 0.2;
  const alpha = ctx.globalAlpha;
  for (const node of nodes) {
    const screen = node.r * k;
    if (screen < logos.fromRadius) continue;
    const icon = logos.icon(node.slug);
    const shape = logos.shape(node.slug);
    if (!icon || !shape) continue;
    const disc = DISC[node.shape];
    const r = node.r * disc.r;
    const cy = node.y + node.r * disc.dy;
    const fade = (screen - logos.fromRadius) / (LOGO_FULL_RADIUS - logos.fromRadius);
    ctx.globalAlpha = alpha * Math.min(1, fade + 0.25);
    ctx.beginPath();
    ctx.arc(node.x, cy, r, 0, 2 * Math.PI);
    ctx.fillStyle = palette.background;
    ctx.fill();
    // The mark fills the square inscribed in the disc, less a little air.
    const side = r * Math.SQRT2 * 0.86;
    ctx.save();
    ctx.translate(node.x - side / 2, cy - side / 2);
    ctx.scale(side / 24, side / 24);
    ctx.fillStyle = (dark ? icon.dark : icon.light) ?? palette.text;
    ctx.fill(shape);
    ctx.restore();
  }
  ctx.globalAlpha = alpha;
}
