/**
 * The mark of a project without dates on a map of a past day: a hole in its middle, in the background
 * colour. Such a project has no history, so it is drawn as it is today; the hole says so, and the legend
 * explains it. A fill, not a ring: stroking a thousand rings (dashed ones most of all) on every frame of
 * the time control's playback cost more than the rest of the frame (bench/playback.ts). The SVG pictures
 * draw the same hole (nodesMarkup.ts).
 */
import type { Palette } from '../../lib/graph/palette.ts';

/** The hole's radius, as a share of the node's. */
export const UNDATED_HOLE = 0.5;

/** Nodes smaller than this on screen (radius, px) get no hole: it would be under a pixel and still cost. */
export const HOLE_FROM_RADIUS = 2.5;

export function undatedHolePath(path: Path2D, x: number, y: number, r: number, k: number) {
  if (r * k < HOLE_FROM_RADIUS) return;
  path.moveTo(x + r * UNDATED_HOLE, y);
  path.arc(x, y, r * UNDATED_HOLE, 0, 2 * Math.PI);
}

export function fillUndated(ctx: CanvasRenderingContext2D, palette: Palette, path: Path2D) {
  ctx.fillStyle = palette.background;
  ctx.fill(path);
}
