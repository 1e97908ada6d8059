/**
 * What the camera shows, for every surface: given the nodes to frame and the part of the screen that is
 * free (not under a panel), the zoom transform that shows them. The free area is measured from the
 * elements that cover the map (`insetsFromCovers`), never copied from CSS.
 */
import { boxOf, fitTransform, type Insets, type ZoomTransform } from '../graph/viewport.ts';
import type { Rect } from '../graph/placeLabels.ts';
import type { Framing } from './deriveView.ts';

export interface Size {
  width: number;
  height: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Padding around what is framed: a little less on small screens, where every pixel counts. */
export const framePadding = (size: Size) =>
  Math.round(Math.min(48, Math.max(16, Math.min(size.width, size.height) * 0.06)));

/**
 * How close framing may come: a filtered view or a search's matches may fill the screen, at most so
 * close that a project is a finger wide; a few nodes never so close that one of them fills it.
 */
export const frameMaxZoom = (count: number) => (count <= 3 ? 1.6 : 2.4);

/**
 * The transform that frames `framing` (`all`: every shown node) in the free part of the screen, or null
 * when there is nothing to frame or the view keeps its camera.
 */
export function frameView(
  framing: Framing,
  positions: Float64Array,
  radii: Float64Array,
  shown: (i: number) => boolean,
  size: Size,
  insets: Insets = NO_INSETS,
): ZoomTransform | null {
  if (framing === 'keep' || size.width === 0 || size.height === 0) return null;
  const all = Array.from(radii, (_, i) => i).filter(shown);
  const wanted = framing === 'all' ? all : framing.nodes.filter(shown);
  const nodes = wanted.length > 0 ? wanted : all;
  const box = boxOf(positions, radii, nodes);
  if (!box) return null;
  return fitTransform(box, size.width, size.height, framePadding(size), frameMaxZoom(nodes.length), insets);
}

/** The transform that puts one node in the middle of the free part of the screen, zoomed in enough to read. */
export function centreOn(
  positions: Float64Array,
  index: number,
  k: number,
  size: Size,
  insets: Insets = NO_INSETS,
): ZoomTransform {
  const zoom = Math.max(k, 0.9);
  const cx = insets.left + Math.max(0, size.width - insets.left - insets.right) / 2;
  const cy = insets.top + Math.max(120, size.height - insets.top - insets.bottom) / 2;
  return { x: cx - positions[2 * index]! * zoom, y: cy - positions[2 * index + 1]! * zoom, k: zoom };
}

/**
 * How much of each side of the map the covering elements take. Each cover (in the map's own pixel
 * coordinates) is counted against the side that leaves the largest free rectangle: a panel down the
 * left takes the left, a sheet along the bottom takes the bottom.
 */
export function insetsFromCovers(size: Size, covers: readonly Rect[]): Insets {
  const insets = { ...NO_INSETS };
  for (const cover of covers) {
    const x0 = Math.max(0, cover.x);
    const y0 = Math.max(0, cover.y);
    const x1 = Math.min(size.width, cover.x + cover.width);
    const y1 = Math.min(size.height, cover.y + cover.height);
    if (x1 <= x0 || y1 <= y0) continue;
    const options: Array<[keyof Insets, number, number]> = [
      ['left', x1, (size.width - x1) * size.height],
      ['right', size.width - x0, x0 * size.height],
      ['top', y1, (size.height - y1) * size.width],
      ['bottom', size.height - y0, y0 * size.width],
    ];
    const [side, inset] = options.reduce((best, option) => (option[2] > best[2] ? option : best));
    insets[side] = Math.max(insets[side], inset);
  }
  return insets;
}

/** After a resize, the transform that keeps what was in the middle of the screen in the middle. */
export function keepCentre(transform: ZoomTransform, before: Size, after: Size): ZoomTransform {
  return {
    x: transform.x + (after.width - before.width) / 2,
    y: transform.y + (after.height - before.height) / 2,
    k: transform.k,
  };
}
