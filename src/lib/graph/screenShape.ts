/**
 * Layouts that fit the screen's shape. The ring of problems is an ellipse wider than tall, made for
 * desktop screens; on a portrait phone it would be a thin band across a tall screen. Two moves fix that:
 * turning a layout a quarter turn when its orientation and the screen's disagree (distances, and so the
 * absence of overlaps, are kept; the problems still read clockwise), and, for a part of the map laid out
 * on its own, stretching its start positions towards the screen's shape before the forces settle them.
 */
import type { Layout } from './layout.ts';

/** A layout turns when its width over height and the screen's lie on either side of these. */
const TURN_ABOVE = 1.15;
/** A stretch changes a part's width over height by at most this factor squared. */
const MAX_STRETCH = 1.5;

function bounds(positions: ArrayLike<number>, count: number) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return { x0, y0, x1, y1 };
}

/** Whether a drawing of this width over height should turn a quarter to suit a screen of `aspect`. */
export function shouldTurn(own: number, aspect: number): boolean {
  return (own > TURN_ABOVE && aspect < 1) || (own < 1 / TURN_ABOVE && aspect > 1);
}

/** (x, y) to (-y, x): a quarter turn clockwise on screen, where y grows downwards. */
function turn(positions: Float64Array): void {
  for (let i = 0; i < positions.length; i += 2) {
    const x = positions[i]!;
    positions[i] = -positions[i + 1]! || 0;
    positions[i + 1] = x;
  }
}

/** A finished layout a quarter turn clockwise. */
export function turnLayout(layout: Layout): Layout {
  const positions = Float64Array.from(layout.positions);
  turn(positions);
  const { x0, y0, x1, y1 } = layout.bounds;
  return { positions, bounds: { x0: -y1 || 0, y0: x0, x1: -y0 || 0, y1: x1 } };
}

/** A finished layout, turned to stand up on a tall screen (or lie down on a wide one) when it should. */
export function orientLayout(layout: Layout, aspect: number | undefined): Layout {
  if (aspect === undefined) return layout;
  const { x0, y0, x1, y1 } = layout.bounds;
  return shouldTurn((x1 - x0) / Math.max(1e-9, y1 - y0), aspect) ? turnLayout(layout) : layout;
}

/**
 * Start positions (x at [2i], y at [2i + 1]) turned and stretched in place towards `aspect`. Called
 * before the forces run, which then settle any overlap the stretch made.
 */
export function fitStartToAspect(positions: Float64Array, count: number, aspect: number): void {
  if (count < 2) return;
  let b = bounds(positions, count);
  let own = (b.x1 - b.x0) / Math.max(1e-9, b.y1 - b.y0);
  if (shouldTurn(own, aspect)) {
    turn(positions);
    b = bounds(positions, count);
    own = 1 / own;
  }
  const s = Math.min(MAX_STRETCH, Math.max(1 / MAX_STRETCH, Math.sqrt(aspect / Math.max(1e-9, own))));
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  for (let i = 0; i < count; i++) {
    positions[2 * i] = cx + (positions[2 * i]! - cx) * s;
    positions[2 * i + 1] = cy + (positions[2 * i + 1]! - cy) / s;
  }
}
