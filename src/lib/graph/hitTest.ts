/** Which node is under a point: a quadtree over the layout, rebuilt only when positions change. */
import { quadtree, type Quadtree } from 'd3-quadtree';

export interface HitIndex {
  find(x: number, y: number, radius: number): number | undefined;
}

export function createHitIndex(
  positions: Float64Array,
  radii: Float64Array,
  include?: (i: number) => boolean,
): HitIndex {
  const indices: number[] = [];
  for (let i = 0; i < radii.length; i++) if (!include || include(i)) indices.push(i);
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => positions[2 * i]!)
    .y((i) => positions[2 * i + 1]!)
    .addAll(indices);
  let maxRadius = 0;
  for (const i of indices) maxRadius = Math.max(maxRadius, radii[i]!);
  return {
    /** The node whose disc (grown by `radius` world units, for fingers and small nodes) holds the point; nearest wins. */
    find(x, y, radius) {
      let best: number | undefined;
      let bestDistance = Infinity;
      const reach = maxRadius + radius;
      tree.visit((node, x0, y0, x1, y1) => {
        if (!node.length) {
          for (let leaf: typeof node | undefined = node; leaf; leaf = (leaf as { next?: typeof node }).next) {
            const i = (leaf as { data: number }).data;
            const d = Math.hypot(positions[2 * i]! - x, positions[2 * i + 1]! - y);
            if (d <= radii[i]! + radius && d - radii[i]! < bestDistance) {
              best = i;
              bestDistance = d - radii[i]!;
            }
          }
        }
        return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
      });
      return best;
    },
  };
}
