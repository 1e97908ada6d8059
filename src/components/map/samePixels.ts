/**
 * Whether a frame would paint exactly what the last one painted: the same input but for the logo sprite,
 * at a zoom where no node is big enough to show a logo. The sprite arrives after the first view, and
 * repainting a whole map for it at the fitted zoom was one of the longest tasks of a load on a slow phone,
 * for no change on screen.
 */
import type { MapFrame } from './drawMap.ts';

/** Does any project node get its logo drawn in this frame (drawMap draws one from `logos.fromRadius`)? */
export function showsLogos(f: MapFrame): boolean {
  if (!f.logos) return false;
  const from = f.logos.fromRadius / f.transform.k;
  return f.graph.nodes.some((node, i) => node.kind === 'project' && !!node.logo && f.radii[i]! >= from);
}

const sameRects = (a: MapFrame['reserved'], b: MapFrame['reserved']) =>
  a === b ||
  (!!a &&
    !!b &&
    a.length === b.length &&
    a.every((r, i) => {
      const s = b[i]!;
      return r.x === s.x && r.y === s.y && r.width === s.width && r.height === s.height;
    }));

export function samePixels(last: MapFrame | undefined, next: MapFrame): boolean {
  if (!last || next.clear === false || next.layers !== undefined) return false;
  for (const key of Object.keys(next) as Array<keyof MapFrame>) {
    if (key === 'logos' || key === 'reserved') continue;
    if (last[key] !== next[key]) return false;
  }
  if (Object.keys(last).length !== Object.keys(next).length) return false;
  return sameRects(last.reserved, next.reserved) && !showsLogos(last) && !showsLogos(next);
}
