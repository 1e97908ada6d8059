/**
 * The screen's shape as the layout sees it: width over height, rounded to steps of a quarter
 * (1.25^k), so that resizing a window re-forms the map only when its shape really changes, not on
 * every pixel of a drag. Undefined while the map has no size yet.
 */
const STEP = Math.log(1.25);
const MAX_STEPS = 5;

export function screenAspect(width: number, height: number): number | undefined {
  if (!(width > 0) || !(height > 0)) return undefined;
  const k = Math.max(-MAX_STEPS, Math.min(MAX_STEPS, Math.round(Math.log(width / height) / STEP)));
  return Math.round(Math.pow(1.25, k) * 1000) / 1000;
}
