/**
 * The mark of a project without dates on a map of a past day: a thin dashed ring around it, in the muted
 * text colour. Such a project has no history, so it is drawn as it is today; the ring says so, and the
 * legend explains it. The SVG pictures draw the same ring (nodesMarkup.ts).
 */
import type { Palette } from '../../lib/graph/palette.ts';

/** Gap between the node and the ring, and the ring's dashes, in screen pixels. */
export const UNDATED_RING = { gap: 2, width: 1.2, dash: [2.5, 2] } as const;

export function undatedRingPath(path: Path2D, x: number, y: number, r: number, k: number) {
  const radius = r + UNDATED_RING.gap / k;
  path.moveTo(x + radius, y);
  path.arc(x, y, radius, 0, 2 * Math.PI);
}

export function strokeUndated(ctx: CanvasRenderingContext2D, palette: Palette, path: Path2D, k: number) {
  ctx.setLineDash(UNDATED_RING.dash.map((d) => d / k));
  ctx.lineWidth = UNDATED_RING.width / k;
  ctx.strokeStyle = palette.textMuted;
  ctx.stroke(path);
  ctx.setLineDash([]);
}
