/** Zoom transforms that frame a set of nodes. Pure geometry, shared by the map, the embed and the snapshot. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;

/** Bounding box of the given nodes (all when `indices` is omitted), grown by each node's radius. */
export function boxOf(positions: Float64Array, radii: Float64Array, indices?: Iterable<number>): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const all = indices ?? Array.from({ length: radii.length }, (_, i) => i);
  for (const i of all) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    const r = radii[i]!;
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : null;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The transform that shows `box` centred in a width × height viewport with `padding` pixels around it,
 * leaving `insets` free (where a panel covers the map). `maxK` stops a single small node from filling the screen.
 */
export function fitTransform(
  box: Box,
  width: number,
  height: number,
  padding = 40,
  maxK = 2.5,
  insets: Insets = NO_INSETS,
): ZoomTransform {
  const w = Math.max(1, box.x1 - box.x0);
  const h = Math.max(1, box.y1 - box.y0);
  const availableWidth = Math.max(80, width - insets.left - insets.right - 2 * padding);
  const availableHeight = Math.max(80, height - insets.top - insets.bottom - 2 * padding);
  const k = Math.max(MIN_ZOOM, Math.min(maxK, availableWidth / w, availableHeight / h));
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const centreX = insets.left + (width - insets.left - insets.right) / 2;
  const centreY = insets.top + (height - insets.top - insets.bottom) / 2;
  return { x: centreX - cx * k, y: centreY - cy * k, k };
}
