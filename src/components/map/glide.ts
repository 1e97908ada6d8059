/**
 * Moves every node from one layout to the next over a short, eased animation: the Worker's settled
 * layout arrives after its start positions, and the map should travel there rather than jump.
 */

/** Calls `onframe` with in-between positions each animation frame; returns a function that stops it. */
export function glide(
  from: Float64Array,
  to: Float64Array,
  durationMs: number,
  onframe: (positions: Float64Array<ArrayBuffer>) => void,
): () => void {
  const start = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / durationMs);
    const ease = t * t * (3 - 2 * t);
    const between = new Float64Array(from.length);
    for (let i = 0; i < from.length; i++) between[i] = from[i]! + (to[i]! - from[i]!) * ease;
    onframe(between);
    if (t < 1) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
